package io.github.rootcause.spring.app;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes made in a transaction, flushed only at commit. */
@Service
public class CustomerService {

	private final Customers customers;

	private final PurchaseOrders orders;

	CustomerService(Customers customers, PurchaseOrders orders) {
		this.customers = customers;
		this.orders = orders;
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

	/**
	 * Takes an order away from its customer; the update is flushed at commit.
	 * @param id the order
	 */
	@Transactional
	public void orphan(long id) {
		this.orders.findById(id).orElseThrow().setCustomer(null);
	}

}
