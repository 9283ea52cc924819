package io.github.rootcause.spring.app;

import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** One endpoint per write path; none handles an exception. */
@RestController
public class StoreController {

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbcClient;

	private final Customers customers;

	private final PurchaseOrders orders;

	private final ClubMembers members;

	private final CustomerService service;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	StoreController(JdbcTemplate jdbcTemplate, JdbcClient jdbcClient, Customers customers, PurchaseOrders orders,
			ClubMembers members, CustomerService service, EntityManager entityManager,
			PlatformTransactionManager transactionManager) {
		this.entityManager = entityManager;
		this.transaction = new TransactionTemplate(transactionManager);
		this.jdbcTemplate = jdbcTemplate;
		this.jdbcClient = jdbcClient;
		this.customers = customers;
		this.orders = orders;
		this.members = members;
		this.service = service;
	}

	@PostMapping("/customers/jdbc-template")
	@ResponseStatus(HttpStatus.CREATED)
	void createWithJdbcTemplate(@RequestBody Map<String, String> body) {
		this.jdbcTemplate.update("insert into customer (email_address, name, postcode) values (?, ?, ?)",
				body.get("email"), body.get("name"), body.get("postcode"));
	}

	@PostMapping("/customers/jdbc-client")
	@ResponseStatus(HttpStatus.CREATED)
	void createWithJdbcClient(@RequestBody Map<String, String> body) {
		this.jdbcClient.sql("insert into customer (email_address, name) values (:email, :name)")
			.param("email", body.get("email"))
			.param("name", body.get("name"))
			.update();
	}

	@PostMapping("/customers/jpa")
	@ResponseStatus(HttpStatus.CREATED)
	void createWithSave(@RequestBody Map<String, String> body) {
		Customer customer = new Customer(body.get("email"), body.get("name"));
		if (body.get("postcode") != null) {
			customer.setAddress(new Address(body.get("postcode")));
		}
		this.customers.save(customer);
	}

	@PostMapping("/customers/jpa-flush")
	@ResponseStatus(HttpStatus.CREATED)
	void createWithSaveAndFlush(@RequestBody Map<String, String> body) {
		this.customers.saveAndFlush(new Customer(body.get("email"), body.get("name")));
	}

	@PostMapping("/customers/entity-manager")
	@ResponseStatus(HttpStatus.CREATED)
	void createWithEntityManager(@RequestBody Map<String, String> body) {
		// Outside a @Repository, so Hibernate's exception reaches the web layer untranslated.
		this.transaction.executeWithoutResult((status) -> {
			this.entityManager.persist(new Customer(body.get("email"), body.get("name")));
			this.entityManager.flush();
		});
	}

	@PutMapping("/customers/{id}/email")
	void changeEmail(@PathVariable long id, @RequestBody Map<String, String> body) {
		this.service.changeEmail(id, body.get("email"));
	}

	@PutMapping("/customers/{id}/name")
	void rename(@PathVariable long id, @RequestBody Map<String, String> body) {
		this.service.rename(id, body.get("name"));
	}

	@DeleteMapping("/customers/{id}")
	void delete(@PathVariable long id) {
		this.jdbcTemplate.update("delete from customer where id = ?", id);
	}

	@PostMapping("/orders")
	@ResponseStatus(HttpStatus.CREATED)
	void order(@RequestBody Map<String, Object> body) {
		this.jdbcTemplate.update("insert into purchase_order (customer_id, quantity) values (?, ?)",
				body.get("customerId"), body.get("quantity"));
	}

	@PostMapping("/orders/jpa")
	@ResponseStatus(HttpStatus.CREATED)
	void orderWithSave(@RequestBody Map<String, Object> body) {
		this.orders.save(new PurchaseOrder(customer(body), (Integer) body.get("quantity")));
	}

	@PostMapping("/orders/entity-manager")
	@ResponseStatus(HttpStatus.CREATED)
	void orderWithEntityManager(@RequestBody Map<String, Object> body) {
		// Outside a @Repository, so Hibernate's exception reaches the web layer untranslated.
		PurchaseOrder order = new PurchaseOrder(customer(body), (Integer) body.get("quantity"));
		this.transaction.executeWithoutResult((status) -> this.entityManager.persist(order));
	}

	@DeleteMapping("/orders/{id}/customer")
	void orphan(@PathVariable long id) {
		this.service.orphan(id);
	}

	private Customer customer(Map<String, Object> body) {
		Number id = (Number) body.get("customerId");
		return (id != null) ? this.customers.getReferenceById(id.longValue()) : null;
	}

	@PostMapping("/bookings")
	@ResponseStatus(HttpStatus.CREATED)
	void book(@RequestBody Map<String, String> body) {
		this.jdbcTemplate.update("insert into booking (during) values (tsrange(?::timestamp, ?::timestamp))",
				body.get("from"), body.get("to"));
	}

	@PostMapping("/members")
	@ResponseStatus(HttpStatus.CREATED)
	void join(@RequestBody Map<String, String> body) {
		this.members.save(new ClubMember(null, body.get("nickname"),
				(body.get("city") != null) ? new ClubMember.Home(body.get("city")) : null));
	}

}
