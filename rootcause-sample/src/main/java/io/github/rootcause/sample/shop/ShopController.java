package io.github.rootcause.sample.shop;

import java.net.URI;
import java.util.List;

import io.github.rootcause.sample.shop.ShopApi.CustomerView;
import io.github.rootcause.sample.shop.ShopApi.NewCustomer;
import io.github.rootcause.sample.shop.ShopApi.NewOrder;
import io.github.rootcause.sample.shop.ShopApi.NewProduct;
import io.github.rootcause.sample.shop.ShopApi.OrderView;
import io.github.rootcause.sample.shop.ShopApi.ProductView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The shop's API. No endpoint checks before it writes: the database's constraints decide, and rootcause turns
 * what they reject into a ProblemDetail.
 */
@RestController
@Tag(name = "shop")
class ShopController {

	private final CustomerRepository customers;

	private final ProductRepository products;

	private final OrderService orders;

	ShopController(CustomerRepository customers, ProductRepository products, OrderService orders) {
		this.customers = customers;
		this.products = products;
		this.orders = orders;
	}

	@PostMapping("/customers")
	@Operation(summary = "Registers a customer")
	@ApiResponse(responseCode = "201", description = "The customer was registered")
	@ApiResponse(responseCode = "409", description = "The email is already registered (uq_customer_email)")
	@ApiResponse(responseCode = "422", description = "The email or the name is missing (not null)")
	ResponseEntity<CustomerView> createCustomer(@RequestBody NewCustomer request) {
		Customer customer = this.customers.saveAndFlush(new Customer(request.email(), request.name()));
		return ResponseEntity.created(URI.create("/customers/" + customer.getId())).body(CustomerView.of(customer));
	}

	@GetMapping("/customers/{id}")
	@Operation(summary = "Reads a customer")
	@ApiResponse(responseCode = "200", description = "The customer")
	@ApiResponse(responseCode = "404", description = "No such customer", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	CustomerView customer(@PathVariable Long id) {
		return this.customers.findById(id)
			.map(CustomerView::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No customer with id " + id));
	}

	@DeleteMapping("/customers/{id}")
	@Operation(summary = "Deletes a customer who has no orders")
	@ApiResponse(responseCode = "204", description = "The customer is gone (or never was)")
	@ApiResponse(responseCode = "409", description = "The customer still has orders (fk_purchase_order_customer)")
	ResponseEntity<Void> deleteCustomer(@PathVariable Long id) {
		this.customers.deleteById(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/customers/{id}/orders")
	@Operation(summary = "Lists a customer's orders")
	List<OrderView> ordersOf(@PathVariable Long id) {
		return this.orders.ofCustomer(id);
	}

	@PostMapping("/products")
	@Operation(summary = "Adds a product")
	@ApiResponse(responseCode = "201", description = "The product was added")
	@ApiResponse(responseCode = "409", description = "The SKU is taken (uq_product_sku)")
	@ApiResponse(responseCode = "422", description = "The price is negative (ck_product_price) or a field is missing")
	ResponseEntity<ProductView> createProduct(@RequestBody NewProduct request) {
		Product product = this.products
			.saveAndFlush(new Product(request.sku(), request.name(), request.price()));
		return ResponseEntity.created(URI.create("/products/" + product.getId())).body(ProductView.of(product));
	}

	@GetMapping("/products/{id}")
	@Operation(summary = "Reads a product")
	@ApiResponse(responseCode = "200", description = "The product")
	@ApiResponse(responseCode = "404", description = "No such product", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ProductView product(@PathVariable Long id) {
		return this.products.findById(id)
			.map(ProductView::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No product with id " + id));
	}

	@PostMapping("/orders")
	@Operation(summary = "Places an order; the server computes the total")
	@ApiResponse(responseCode = "201", description = "The order was placed")
	@ApiResponse(responseCode = "404", description = "No such customer (fk_purchase_order_customer) or product")
	@ApiResponse(responseCode = "409", description = "A product is listed twice (uq_order_item_product)")
	@ApiResponse(responseCode = "422", description = "A quantity is not positive (ck_order_item_quantity) or missing")
	ResponseEntity<OrderView> placeOrder(@RequestBody NewOrder request) {
		OrderView order = this.orders.place(request);
		return ResponseEntity.created(URI.create("/orders/" + order.id())).body(order);
	}

	@GetMapping("/orders/{id}")
	@Operation(summary = "Reads an order")
	@ApiResponse(responseCode = "200", description = "The order")
	@ApiResponse(responseCode = "404", description = "No such order", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	OrderView order(@PathVariable Long id) {
		return this.orders.find(id);
	}

}
