package io.github.rootcause.spring.app;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, embedded in {@link Customer}. */
@Embeddable
public class Address {

	@Column(name = "postcode")
	private String postcode;

	protected Address() {
	}

	public Address(String postcode) {
		this.postcode = postcode;
	}

	public String getPostcode() {
		return this.postcode;
	}

}
