package io.github.rootcause.sample.reactive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of violation through the reactive shop, answered with the servlet sample's problem bodies: Spring
 * Data R2DBC repositories (customers, products) and the {@code DatabaseClient} (orders). One subclass per database.
 */
abstract class ShopApiTest extends ReactiveSampleTest {

	@Test
	void duplicateCustomerEmailAnswers409WithAnErrorForEmail() {
		assertCreated(post("/customers", """
				{"email": "ann@example.com", "name": "Ann"}
				"""));
		Response response = post("/customers", """
				{"email": "ann@example.com", "name": "Another Ann"}
				""");
		assertViolation(response, "unique", "uq_customer_email", "email", "this email is already registered",
				"/customers");
	}

	@Test
	void customerWithoutNameAnswers422NamingTheField() {
		Response response = post("/customers", """
				{"email": "nameless@example.com"}
				""");
		assertMissingValue(response, "name", "/customers");
	}

	@Test
	void negativePriceAnswers422FromTheCheckConstraint() {
		Response response = post("/products", """
				{"sku": "NEG-1", "name": "Refund", "price": -1}
				""");
		assertViolation(response, "check", "ck_product_price", "price", "a price cannot be negative", "/products");
	}

	@Test
	void duplicateSkuAnswers409WithTheDefaultDetailNamingTheField() {
		assertCreated(post("/products", """
				{"sku": "PEN-1", "name": "Pen", "price": 2.5}
				"""));
		Response response = post("/products", """
				{"sku": "PEN-1", "name": "Other pen", "price": 3}
				""");
		assertProblem(response, 409, """
				{"type": "urn:rootcause:problem:unique", "title": "Already exists", "status": 409,
				 "detail": "A record with the same sku already exists.", "instance": "/products", "kind": "unique",
				 "constraint": "uq_product_sku",
				 "errors": [{"pointer": "#/sku", "field": "sku", "code": "unique", "detail": "must be unique"}]}
				""");
	}

	@Test
	void orderForACustomerThatDoesNotExistThroughTheDatabaseClientAnswers404() {
		Response response = post("/orders", """
				{"customerId": 999999, "total": 10}
				""");
		assertProblem(response, 404, """
				{"type": "urn:rootcause:problem:foreign-key", "title": "Referenced record not found", "status": 404,
				 "detail": "The record referenced by customerId does not exist.", "instance": "/orders",
				 "kind": "foreign-key", "constraint": "fk_purchase_order_customer",
				 "errors": [{"pointer": "#/customerId", "field": "customerId", "code": "foreign-key",
				             "detail": "must reference an existing record"}]}
				""");
	}

	@Test
	void deletingACustomerWhoStillHasOrdersAnswers409() {
		long customer = id(post("/customers", """
				{"email": "loyal@example.com", "name": "Loyal"}
				"""));
		assertCreated(post("/orders", """
				{"customerId": %d, "total": 10}
				""".formatted(customer)));
		Response response = delete("/customers/" + customer);
		assertProblem(response, 409, """
				{"type": "urn:rootcause:problem:foreign-key", "title": "Still referenced", "status": 409,
				 "detail": "The record is still referenced by other records.", "instance": "/customers/%d",
				 "kind": "foreign-key", "constraint": "fk_purchase_order_customer"}
				""".formatted(customer));
	}

	@Test
	void registrationWithoutAnEmailAddressAnswers422FromTheCheckConstraint() {
		Response response = post("/registrations", """
				{"email": "not-an-email", "name": "Typo"}
				""");
		assertViolation(response, "check", "ck_registration_email", "email", "enter an email address",
				"/registrations");
		assertThat(response.body()).doesNotContain("not-an-email");
	}

}
