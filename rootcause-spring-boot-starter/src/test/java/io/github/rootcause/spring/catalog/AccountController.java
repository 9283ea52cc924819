package io.github.rootcause.spring.catalog;

import javax.sql.DataSource;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** One endpoint per write path; none handles an exception. */
@RestController
class AccountController {

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	/** Built by hand, so no translator of rootcause's is set on it: its violations reach the web layer as Spring's. */
	private final JdbcTemplate handMade;

	AccountController(Accounts accounts, JdbcTemplate jdbc, DataSource dataSource) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.handMade = new JdbcTemplate(dataSource);
	}

	@PostMapping("/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	void insert(@RequestBody AccountForm form) {
		this.accounts.insert(form);
	}

	@PostMapping("/accounts/at-commit")
	@ResponseStatus(HttpStatus.CREATED)
	void persist(@RequestBody AccountForm form) {
		this.accounts.persist(form);
	}

	@PostMapping("/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	void open(@RequestBody SessionForm form) {
		this.handMade.update("insert into account_session (account_id) values (?)", form.accountId());
	}

	@PostMapping("/nicknames")
	@ResponseStatus(HttpStatus.CREATED)
	void nickname(@RequestBody NicknameForm form) {
		this.jdbc.update("insert into nickname (handle) values (?)", form.handle());
	}

	/** A new account. */
	record AccountForm(int id, String email, String name) {
	}

	/** A new session of an account. */
	record SessionForm(int accountId) {
	}

	/** A new nickname. */
	record NicknameForm(String handle) {
	}

}
