package io.github.rootcause.spring;

import org.junit.jupiter.api.Test;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's violations on PostgreSQL.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class ProblemDetailPostgresqlTest extends ProblemDetailScenarios {

	@Test
	void exclusionViolationAnswers409NamingTheConstraint() {
		this.jdbc.update("delete from booking");
		String booking = """
				{"from": "2026-01-01 10:00", "to": "2026-01-01 12:00"}""";
		assertThat(post("/bookings", booking).status()).isEqualTo(201);
		post("/bookings", """
				{"from": "2026-01-01 11:00", "to": "2026-01-01 13:00"}""")
			.isProblem(409, """
					{"type": "urn:rootcause:problem:exclusion", "title": "Conflict", "status": 409,
					 "detail": "The record conflicts with an existing record.", "instance": "/bookings",
					 "kind": "exclusion", "constraint": "ex_booking_overlap"}
					""");
	}

}
