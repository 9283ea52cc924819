package io.github.rootcause.sample.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A customer; the email is unique ({@code uq_customer_email}), the name required.
 */
@Entity
class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String name;

	protected Customer() {
	}

	Customer(String email, String name) {
		this.email = email;
		this.name = name;
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	String getName() {
		return this.name;
	}

}
