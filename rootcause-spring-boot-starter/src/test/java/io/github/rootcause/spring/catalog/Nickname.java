package io.github.rootcause.spring.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A nickname, mapped before its table exists: the tests create {@code nickname} while the application runs.
 */
@Entity
class Nickname {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Integer id;

	private String handle;

}
