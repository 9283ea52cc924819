package io.github.rootcause.spring.liquibase;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A project, mapped so that rootcause names the field of a column; its table comes from the startup changelog,
 * and its mapping names no constraint: what rootcause knows of them comes from the database.
 */
@Entity
class Project {

	@Id
	private Integer id;

	private String slug;

}
