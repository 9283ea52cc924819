package io.github.rootcause.spring.liquibase;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Inserts projects and badges with the application's JdbcTemplate; handles no exception. */
@RestController
class ProjectController {

	private final JdbcTemplate jdbc;

	ProjectController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@PostMapping("/projects")
	@ResponseStatus(HttpStatus.CREATED)
	void project(@RequestBody ProjectForm form) {
		this.jdbc.update("insert into project (id, slug) values (?, ?)", form.id(), form.slug());
	}

	@PostMapping("/badges")
	@ResponseStatus(HttpStatus.CREATED)
	void badge(@RequestBody BadgeForm form) {
		this.jdbc.update("insert into badge (id, code) values (?, ?)", form.id(), form.code());
	}

	/** A new project. */
	record ProjectForm(int id, String slug) {
	}

	/** A new badge. */
	record BadgeForm(int id, String code) {
	}

}
