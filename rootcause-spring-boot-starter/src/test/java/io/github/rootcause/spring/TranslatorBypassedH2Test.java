package io.github.rootcause.spring;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;

import io.github.rootcause.spring.app.StoreApplication;
import io.github.rootcause.spring.jdbc.ConstraintViolation;
import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * With JDBC translation turned off, Spring's own DuplicateKeyException reaches the web layer, which still
 * resolves the violation from its chain, on H2.
 */
@OnDatabase(TestDatabase.H2)
@SpringBootTest(classes = StoreApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "rootcause.jdbc.enabled=false")
class TranslatorBypassedH2Test extends StoreScenarios {

	@Test
	void theJdbcTemplateThrowsSpringsOwnException() {
		Throwable thrown = catchThrowable(() -> this.jdbc
			.update("insert into customer (email_address, name) values ('taken@example.com', 'Other')"));
		assertThat(thrown).isInstanceOf(DuplicateKeyException.class).isNotInstanceOf(ConstraintViolation.class);
	}

	@Test
	void theProblemIsTheSameAsWithTranslation() {
		post("/customers/jdbc-template", """
				{"email": "taken@example.com", "name": "Other"}""")
			.isProblem(409, """
					{"type": "urn:rootcause:problem:unique", "title": "Already exists", "status": 409,
					 "detail": "A record with the same email already exists.", "instance": "/customers/jdbc-template",
					 "kind": "unique", "constraint": "uq_customer_email",
					 "errors": [{"pointer": "#/email", "field": "email", "code": "unique", "detail": "must be unique"}]}
					""");
	}

}
