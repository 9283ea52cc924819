package io.github.rootcause.sample.reactive;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop, as the servlet sample's: customers and products through Spring Data R2DBC repositories, orders through
 * the {@link DatabaseClient}. Nothing here checks a constraint; the database does, and rootcause answers.
 */
@RestController
class ShopController {

	private final CustomerRepository customers;

	private final ProductRepository products;

	private final DatabaseClient database;

	ShopController(CustomerRepository customers, ProductRepository products, DatabaseClient database) {
		this.customers = customers;
		this.products = products;
		this.database = database;
	}

	record NewCustomer(String email, String name) {
	}

	record NewProduct(String sku, String name, BigDecimal price) {
	}

	record NewOrder(Long customerId, BigDecimal total) {
	}

	@PostMapping("/customers")
	Mono<ResponseEntity<Customer>> createCustomer(@RequestBody NewCustomer request) {
		return this.customers.save(new Customer(null, request.email(), request.name()))
			.map((customer) -> ResponseEntity.created(URI.create("/customers/" + customer.id())).body(customer));
	}

	@DeleteMapping("/customers/{id}")
	Mono<ResponseEntity<Void>> deleteCustomer(@PathVariable Long id) {
		return this.customers.deleteById(id).thenReturn(ResponseEntity.noContent().build());
	}

	@PostMapping("/products")
	Mono<ResponseEntity<Product>> createProduct(@RequestBody NewProduct request) {
		return this.products.save(new Product(null, request.sku(), request.name(), request.price()))
			.map((product) -> ResponseEntity.created(URI.create("/products/" + product.id())).body(product));
	}

	@PostMapping("/orders")
	Mono<ResponseEntity<Map<String, Object>>> createOrder(@RequestBody NewOrder request) {
		return this.database.sql("insert into purchase_order (customer_id, total) values (:customerId, :total)")
			.bind("customerId", request.customerId())
			.bind("total", request.total())
			.fetch()
			.rowsUpdated()
			.map((rows) -> ResponseEntity.status(201).body(Map.of("customerId", request.customerId())));
	}

}
