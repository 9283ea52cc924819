package io.github.rootcause.spring.catalog;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.rootcause.spring.Http;
import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the catalog scenarios share: {@link CatalogApplication} on the database of the subclass's
 * {@link OnDatabase}, behind a pool of two connections that makes a request wait up to 10 seconds for one, with
 * the Actuator's {@code rootcause} and {@code health} endpoints exposed; one account seeded before each test
 * ({@link #SEEDED_EMAIL}, {@link #SEEDED_NAME}); requests over real HTTP; and the check that a test's log holds no
 * ERROR and no row value.
 */
@SpringBootTest(classes = CatalogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.sql.init.schema-locations=classpath:catalog/schema-${rootcause.test.database}.sql",
				"spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=10000",
				"management.endpoints.web.exposure.include=rootcause,health",
				"management.endpoint.health.show-details=always" })
@ExtendWith(OutputCaptureExtension.class)
abstract class CatalogScenarios {

	/** The seeded account's email, which the tests send again. */
	static final String SEEDED_EMAIL = "burst@example.com";

	/** The seeded account's name. */
	static final String SEEDED_NAME = "Seeded Surname";

	/** Values the tests write; none of them may appear in an answer or in the log. */
	private static final List<String> VALUES = List.of(SEEDED_EMAIL, SEEDED_NAME, "other@example.com",
			"taken-handle", "Zq");

	/** What no answer may hold: the values, SQL, driver exceptions, stack traces. */
	private static final List<String> SECRETS = Stream
		.concat(VALUES.stream(), Stream.of("insert into", "SQL", "Exception", "at io."))
		.toList();

	@LocalServerPort
	private int port;

	@Autowired
	protected JdbcTemplate jdbc;

	/** The database this class runs on, from its {@link OnDatabase}. */
	protected final TestDatabase database = getClass().getAnnotation(OnDatabase.class).value();

	/** Where this test's log starts in the captured output, which also holds what the class logged before. */
	private int logStart;

	@BeforeEach
	void seed(CapturedOutput output) {
		this.logStart = output.getAll().length();
		this.jdbc.update("delete from account_session");
		this.jdbc.update("delete from account");
		this.jdbc.update("insert into account (id, email, name) values (1, ?, ?)", SEEDED_EMAIL, SEEDED_NAME);
	}

	protected Http http() {
		return new Http(this.port, SECRETS);
	}

	/**
	 * The body of a new account.
	 * @param id its id
	 * @param email its email
	 * @param name its name
	 * @return the JSON
	 */
	protected static String account(int id, String email, String name) {
		return """
				{"id": %d, "email": "%s", "name": "%s"}""".formatted(id, email, name);
	}


	/**
	 * The statement of this database where their syntax differs.
	 * @param standard the statement for H2 and PostgreSQL
	 * @param mariaDb the statement for MariaDB
	 * @return the statement to run here
	 */
	protected String sql(String standard, String mariaDb) {
		return (this.database == TestDatabase.MARIADB) ? mariaDb : standard;
	}

	/**
	 * Asserts that the log of this test (from its seeding on) holds no ERROR line, no stack trace and no row value
	 * the tests wrote.
	 * @param output the captured log
	 */
	protected void logIsClean(CapturedOutput output) {
		String log = output.getAll().substring(this.logStart);
		assertThat(log).doesNotContain(" ERROR ", "\tat ", "SQLState: 23");
		for (String value : VALUES) {
			assertThat(log).as("the log holds the value " + value).doesNotContain(value);
		}
	}

}
