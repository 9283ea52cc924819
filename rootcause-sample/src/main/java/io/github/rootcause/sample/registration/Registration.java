package io.github.rootcause.sample.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A registration; the email is unique ({@code uq_registration_email}).
 */
@Entity
class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String name;

	protected Registration() {
	}

	Registration(String email, String name) {
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
