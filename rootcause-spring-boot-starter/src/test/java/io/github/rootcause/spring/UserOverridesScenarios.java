package io.github.rootcause.spring;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.SQLGrammarException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.JpaDialect;

import io.github.rootcause.spring.Http.Response;
import io.github.rootcause.spring.app.StoreApplication;
import io.github.rootcause.spring.jdbc.ConstraintViolationTranslator;
import io.github.rootcause.spring.jdbc.UniqueViolationException;
import io.github.rootcause.spring.overrides.Overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The application's own translator, advice and annotated handlers, next to Spring Boot's own ProblemDetail
 * handling. Run on each database by a subclass named for it.
 */
@SpringBootTest(classes = { StoreApplication.class, Overrides.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.mvc.problemdetails.enabled=true")
public abstract class UserOverridesScenarios extends StoreScenarios {

	@Autowired
	private JdbcTemplate jdbcTemplate;

	@Autowired
	private SQLExceptionTranslator ownTranslator;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void theApplicationsTranslatorIsWrappedAndStillTranslatesWhatIsNotAViolation() {
		assertThat(this.jdbcTemplate.getExceptionTranslator()).isInstanceOfSatisfying(
				ConstraintViolationTranslator.class,
				(translator) -> assertThat(translator.getFallback()).isSameAs(this.ownTranslator));
		Overrides.TRANSLATED.clear();
		assertThatExceptionOfType(BadSqlGrammarException.class)
			.isThrownBy(() -> this.jdbcTemplate.update("insert into no_such_table values (1)"));
		assertThat(Overrides.TRANSLATED).hasSize(1);
		Overrides.TRANSLATED.clear();
		assertThatExceptionOfType(UniqueViolationException.class).isThrownBy(() -> this.jdbcTemplate
			.update("insert into customer (email_address, name) values ('taken@example.com', 'Other')"));
		assertThat(Overrides.TRANSLATED).isEmpty();
	}

	@Test
	void theApplicationsTranslatorIsTheFallbackOfTheJpaDialect() throws SQLException {
		JpaDialect dialect = ((EntityManagerFactoryInfo) this.entityManagerFactory).getJpaDialect();
		assertThat(dialect).isNotNull();
		Overrides.TRANSLATED.clear();
		assertThat(dialect.translateExceptionIfPossible(new SQLGrammarException("insert",
				new SQLException("Table not found", "42S02", 42102), "insert into no_such_table values (1)")))
			.isInstanceOf(BadSqlGrammarException.class);
		assertThat(Overrides.TRANSLATED).hasSize(1);
		Overrides.TRANSLATED.clear();
		SQLException duplicate;
		try (Connection connection = this.jdbc.getDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			duplicate = catchThrowableOfType(SQLException.class, () -> statement
				.executeUpdate("insert into customer (email_address, name) values ('taken@example.com', 'Other')"));
		}
		assertThat(dialect.translateExceptionIfPossible(new ConstraintViolationException("insert", duplicate,
				"insert into customer (email_address, name) values (?, ?)", stored("uq_customer_email"))))
			.isInstanceOf(UniqueViolationException.class);
		assertThat(Overrides.TRANSLATED).isEmpty();
	}

	@Test
	void theApplicationsOwnExceptionHandlerWinsOverTheProblem() {
		Response response = post("/orders", """
				{"customerId": %d, "quantity": 0}""".formatted(this.takenId));
		assertThat(response.status()).isEqualTo(418);
		assertThat(response.body()).isEqualTo("{\"own\":\"check\"}");
	}

	@Test
	void theApplicationsOwnExceptionHandlerForAnUntranslatedHibernateExceptionWinsOverTheProblem() {
		Response response = post("/customers/entity-manager", """
				{"email": "long@example.com", "name": "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}""");
		assertThat(response.status()).isEqualTo(418);
		assertThat(response.body()).isEqualTo("{\"own\":\"data\"}");
	}

	@Test
	void aControllersOwnAnnotatedHandlerWinsOverTheAdvice() {
		Response response = post("/signups", """
				{"email": "taken@example.com", "name": "Other"}""");
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.body()).contains("\"handledBy\":\"controller\"")
			.contains("\"constraint\":\"" + "uq_customer_email" + "\"")
			.contains("\"description\":\"uri=/signups\"");
	}

	@Test
	void aControllersOwnExceptionHandlerWinsOverAnnotatedAdviceHandlers() {
		Response response = post("/legacy/signups", """
				{"email": "taken@example.com", "name": "Other"}""");
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.body()).isEqualTo("{\"handledBy\":\"legacy\"}");
	}

	@Test
	void theMostSpecificAdviceHandlerWinsAndReceivesTheCauseRequestAndLocale() {
		Response response = post("/members", """
				{"nickname": "taken"}""");
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.body()).contains("\"detail\":\"Pick another nickname\"")
			.contains("\"handledBy\":\"advice:nickname\"")
			.contains("\"field\":\"nickname\"")
			.contains("\"path\":\"/members\"")
			.contains("\"locale\":\"");
	}

	@Test
	void aLessSpecificAdviceHandlerTakesWhatNoOtherHandlerNames() {
		Response response = post("/customers/jdbc-template", """
				{"email": "taken@example.com", "name": "Other"}""");
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.body()).contains("\"handledBy\":\"advice:any\"").contains("\"fields\":[\"email\"]");
	}

	@Test
	void aHandlerNarrowedToAnEntityAndFieldMayReturnAnErrorResponse() throws Exception {
		Response response = mockPost("/customers/jpa", """
				{"email": "new@example.com"}""");
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.body()).contains("\"detail\":\"Please tell us your name.\"");
	}

	@Test
	void aMoreSpecificHandlerOfALaterAdviceWinsOverALessSpecificHandlerOfAnEarlierOne() throws Exception {
		Response name = mockPost("/customers/jpa", """
				{"email": "new@example.com"}""");
		assertThat(name.body()).contains("\"detail\":\"Please tell us your name.\"");
		Response nickname = post("/members", "{}");
		assertThat(nickname.status()).isEqualTo(422);
		assertThat(nickname.body()).contains("\"handledBy\":\"first:any\"").contains("\"fields\":[\"nickname\"]");
	}

	@Test
	void springBootsOwnProblemDetailsKeepWorking() {
		Response response = put("/orders", "{}");
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.body()).contains("\"title\":\"Method Not Allowed\"");
	}

	@Test
	void aForeignKeyHandlerNarrowedToTheMissingSideHandlesOnlyThatSide() {
		Response missing = post("/orders", """
				{"customerId": 999999, "quantity": 1}""");
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.body()).isEqualTo("{\"handledBy\":\"advice:missing\"}");
		this.jdbc.update("insert into purchase_order (customer_id, quantity) values (?, 1)", this.takenId);
		Response referenced = delete("/customers/" + this.takenId);
		assertThat(referenced.status()).isEqualTo(409);
		assertThat(referenced.contentType()).isEqualTo("application/problem+json");
		assertThat(referenced.body()).contains("\"title\":\"Still referenced\"");
	}

}
