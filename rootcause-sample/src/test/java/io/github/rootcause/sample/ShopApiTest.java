package io.github.rootcause.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop's cases, end to end over HTTP; one subclass per database.
 */
abstract class ShopApiTest extends SampleTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void orderTotalIsComputedByTheServerFromTheProductPricesWhateverTheClientSends() {
		long customer = customer("grace@example.com");
		long pen = product("PEN-1", "2.5");
		long pad = product("PAD-1", "10");
		Http.Response response = this.http.post("/orders", """
				{"customerId": %d, "total": 0.01,
				 "items": [{"productId": %d, "quantity": 2}, {"productId": %d, "quantity": 1}]}
				""".formatted(customer, pen, pad));
		assertCreated(response);
		assertJson(response.body(), """
				{"id": %d, "customerId": %d, "total": 15.00, "items": [
					{"productId": %d, "quantity": 2, "unitPrice": 2.50},
					{"productId": %d, "quantity": 1, "unitPrice": 10.00}]}
				""".formatted(id(response), customer, pen, pad));
	}

	@Test
	void duplicateCustomerEmailAnswers409WithAnErrorForEmail() {
		customer("ada@example.com");
		Http.Response response = this.http.post("/customers", """
				{"email": "ada@example.com", "name": "Ada Again"}
				""");
		assertViolation(response, "unique", "uq_customer_email", "email", "this email is already registered",
				"/customers");
	}

	@Test
	void customerWithoutNameAnswers422NamingTheField() {
		Http.Response response = this.http.post("/customers", """
				{"email": "nameless@example.com"}
				""");
		assertMissingValue(response, "name", "/customers");
	}

	@Test
	void orderForACustomerThatDoesNotExistAnswers404() {
		long pen = product("PEN-2", "2.5");
		Http.Response response = this.http.post("/orders", """
				{"customerId": 999999, "items": [{"productId": %d, "quantity": 1}]}
				""".formatted(pen));
		assertProblem(response, 404, """
				{"type": "urn:rootcause:problem:foreign-key", "title": "Referenced record not found", "status": 404,
				 "detail": "The record referenced by customerId does not exist.", "instance": "/orders",
				 "kind": "foreign-key", "constraint": "fk_purchase_order_customer",
				 "errors": [{"pointer": "#/customerId", "field": "customerId", "code": "foreign-key",
				             "detail": "must reference an existing record"}]}
				""");
	}

	@Test
	void itemQuantityZeroAnswers422FromTheCheckConstraint() {
		long customer = customer("zero@example.com");
		long pen = product("PEN-3", "2.5");
		Http.Response response = this.http.post("/orders", """
				{"customerId": %d, "items": [{"productId": %d, "quantity": 0}]}
				""".formatted(customer, pen));
		assertViolation(response, "check", "ck_order_item_quantity", "quantity",
				"each item needs a quantity of at least 1", "/orders");
	}

	@Test
	void negativePriceAnswers422FromTheCheckConstraint() {
		Http.Response response = this.http.post("/products", """
				{"sku": "NEG-1", "name": "Refund", "price": -1}
				""");
		assertViolation(response, "check", "ck_product_price", "price", "a price cannot be negative", "/products");
	}

	@Test
	void sameProductTwiceInOneOrderAnswers409() {
		long customer = customer("twice@example.com");
		long pen = product("PEN-4", "2.5");
		Http.Response response = this.http.post("/orders", """
				{"customerId": %d, "items": [{"productId": %d, "quantity": 1}, {"productId": %d, "quantity": 3}]}
				""".formatted(customer, pen, pen));
		assertViolation(response, "unique", "uq_order_item_product", "productId",
				"list each product once, with its quantity", "/orders");
	}

	@Test
	void deletingACustomerWhoStillHasOrdersAnswers409() {
		long customer = customer("loyal@example.com");
		long pen = product("PEN-5", "2.5");
		assertCreated(this.http.post("/orders", """
				{"customerId": %d, "items": [{"productId": %d, "quantity": 1}]}
				""".formatted(customer, pen)));
		Http.Response response = this.http.delete("/customers/" + customer);
		assertProblem(response, 409, """
				{"type": "urn:rootcause:problem:foreign-key", "title": "Still referenced", "status": 409,
				 "detail": "The record is still referenced by other records.", "instance": "/customers/%d",
				 "kind": "foreign-key", "constraint": "fk_purchase_order_customer"}
				""".formatted(customer));
		assertThat(this.http.get("/customers/" + customer).status()).isEqualTo(200);
	}

	@Test
	void nestedOrderWhoseThirdItemFailsLeavesNoOrderAndNoItemsBehind() {
		long customer = customer("third@example.com");
		long pen = product("PEN-6", "2.5");
		long pad = product("PAD-6", "10");
		long ink = product("INK-6", "4");
		Integer itemsBefore = this.jdbc.queryForObject("select count(*) from order_item", Integer.class);
		Http.Response response = this.http.post("/orders", """
				{"customerId": %d, "items": [{"productId": %d, "quantity": 1}, {"productId": %d, "quantity": 2},
				                             {"productId": %d, "quantity": 0}]}
				""".formatted(customer, pen, pad, ink));
		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertJson(this.http.get("/customers/" + customer + "/orders").body(), "[]");
		assertThat(this.jdbc.queryForObject("select count(*) from purchase_order where customer_id = ?", Integer.class,
				customer))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from order_item", Integer.class)).isEqualTo(itemsBefore);
	}

	private long customer(String email) {
		Http.Response response = this.http.post("/customers", """
				{"email": "%s", "name": "Someone"}
				""".formatted(email));
		assertCreated(response);
		return id(response);
	}

	private long product(String sku, String price) {
		Http.Response response = this.http.post("/products", """
				{"sku": "%s", "name": "Something", "price": %s}
				""".formatted(sku, price));
		assertCreated(response);
		return id(response);
	}

}
