package io.github.rootcause.spring;

import org.junit.jupiter.api.Test;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact bytes of rootcause's problems, compared as text, not as JSON. The starter's tests run on every Spring
 * Boot line (Jackson 2 on 3.5, Jackson 3 on 4.0 and 4.1), so these prove that a client sees the same body, member
 * for member and in the same order, whichever line the application runs on.
 */
@OnDatabase(TestDatabase.H2)
class ProblemBodyBytesH2Test extends StoreScenarios {

	@Test
	void aUniqueViolationIsTheSameTextOnEveryLine() {
		assertThat(post("/customers/jdbc-template", """
				{"email": "taken@example.com", "name": "Other"}""").body()).isEqualTo("""
				{"type":"urn:rootcause:problem:unique","title":"Already exists","status":409,\
				"detail":"A record with the same email already exists.","instance":"/customers/jdbc-template",\
				"kind":"unique","constraint":"uq_customer_email","errors":[{"pointer":"#/email","field":"email",\
				"code":"unique","detail":"must be unique"}]}""");
	}

	@Test
	void aNotNullViolationIsTheSameTextOnEveryLine() {
		assertThat(post("/customers/jdbc-template", """
				{"email": "new@example.com"}""").body()).isEqualTo("""
				{"type":"urn:rootcause:problem:not-null","title":"Missing value","status":422,\
				"detail":"A value for name is required.","instance":"/customers/jdbc-template","kind":"not-null",\
				"errors":[{"pointer":"#/name","field":"name","code":"not-null","detail":"must not be null"}]}""");
	}

	@Test
	void aCheckViolationIsTheSameTextOnEveryLine() {
		assertThat(post("/orders", """
				{"customerId": %d, "quantity": 0}""".formatted(this.takenId)).body()).isEqualTo("""
				{"type":"urn:rootcause:problem:check","title":"Invalid value","status":422,\
				"detail":"The value of quantity is not allowed.","instance":"/orders","kind":"check",\
				"constraint":"ck_order_quantity","errors":[{"pointer":"#/quantity","field":"quantity",\
				"code":"check","detail":"is not allowed"}]}""");
	}

	@Test
	void aMissingReferenceIsTheSameTextOnEveryLine() {
		assertThat(post("/orders", """
				{"customerId": 999999, "quantity": 1}""").body()).isEqualTo("""
				{"type":"urn:rootcause:problem:foreign-key","title":"Referenced record not found","status":404,\
				"detail":"The record referenced by customerId does not exist.","instance":"/orders",\
				"kind":"foreign-key","constraint":"fk_order_customer","errors":[{"pointer":"#/customerId",\
				"field":"customerId","code":"foreign-key","detail":"must reference an existing record"}]}""");
	}

	@Test
	void aRowStillReferencedIsTheSameTextOnEveryLine() {
		this.jdbc.update("insert into purchase_order (customer_id, quantity) values (?, 1)", this.takenId);
		assertThat(delete("/customers/" + this.takenId).body()).isEqualTo("""
				{"type":"urn:rootcause:problem:foreign-key","title":"Still referenced","status":409,\
				"detail":"The record is still referenced by other records.","instance":"/customers/%d",\
				"kind":"foreign-key","constraint":"fk_order_customer"}""".formatted(this.takenId));
	}

	@Test
	void aServerFaultIsTheSameTextOnEveryLine() {
		this.jdbc.update("insert into purchase_order (customer_id, quantity) values (?, 1)", this.takenId);
		long order = this.jdbc.queryForObject("select id from purchase_order", Long.class);
		assertThat(delete("/orders/" + order + "/customer").body()).isEqualTo("""
				{"type":"about:blank","title":"Internal Server Error","status":500,\
				"instance":"/orders/%d/customer"}""".formatted(order));
	}

}
