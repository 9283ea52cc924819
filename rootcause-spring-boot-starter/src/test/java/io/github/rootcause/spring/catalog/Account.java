package io.github.rootcause.spring.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An account, whose id the client assigns, so that JPA inserts it only when the transaction commits. Its mapping
 * names no constraint: what rootcause knows of them comes from the database.
 */
@Entity
class Account {

	@Id
	private Integer id;

	private String email;

	private String name;

	protected Account() {
	}

	Account(Integer id, String email, String name) {
		this.id = id;
		this.email = email;
		this.name = name;
	}

}
