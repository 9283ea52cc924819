package io.github.rootcause.spring.app;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes made in a transaction, flushed only at commit. */
@Service
public class CustomerService {

	private final Customers customers;

	CustomerService(Customers customers) {
		this.customers = customers;
	}

	/**
	 * Changes the email of a customer; the update is flushed at commit.
	 * @param id the customer
	 * @param email the new email
	 */
	@Transactional
	public void changeEmail(long id, String email) {
		this.customers.findById(id).orElseThrow().setEmail(email);
	}

	/**
	 * Renames a customer; the update is flushed at commit.
	 * @param id the customer
	 * @param name the new name
	 */
	@Transactional
	public void rename(long id, String name) {
		this.customers.findById(id).orElseThrow().setName(name);
	}

}
