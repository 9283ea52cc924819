package io.github.rootcause.spring.app;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A customer; {@code email} is stored in {@code email_address}, the address embedded. The unique constraint
 * {@code uq_customer_name_model_only} is declared only in the mapping, not in the schema scripts.
 */
@Entity
@Table(name = "customer",
		uniqueConstraints = @UniqueConstraint(name = "uq_customer_name_model_only", columnNames = "name"))
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "email_address")
	private String email;

	private String name;

	@Embedded
	private Address address;

	protected Customer() {
	}

	public Customer(String email, String name) {
		this.email = email;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Address getAddress() {
		return this.address;
	}

	public void setAddress(Address address) {
		this.address = address;
	}

}
