package io.github.rootcause.spring.liquibase;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A badge, mapped before its table exists: the tests create {@code badge}, its unique constraint and its check,
 * with a changelog they run while the application runs.
 */
@Entity
class Badge {

	@Id
	private Integer id;

	private String code;

}
