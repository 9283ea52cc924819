package io.github.rootcause.spring.catalog;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes accounts in transactions that hold their connection while a violation is read: one fails at its
 * statement, the other at commit.
 */
@Service
class Accounts {

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	Accounts(JdbcTemplate jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/**
	 * Inserts an account with the application's JdbcTemplate: a violation is thrown, and read, at the statement.
	 * @param form the account
	 */
	@Transactional
	void insert(AccountController.AccountForm form) {
		this.jdbc.update("insert into account (id, email, name) values (?, ?, ?)", form.id(), form.email(),
				form.name());
	}

	/**
	 * Persists an account with its assigned id: JPA inserts it at commit, where a violation is thrown and read.
	 * @param form the account
	 */
	@Transactional
	void persist(AccountController.AccountForm form) {
		this.entityManager.persist(new Account(form.id(), form.email(), form.name()));
	}

}
