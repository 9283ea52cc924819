package io.github.rootcause.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code postgres} and {@code mariadb} profiles start the sample on the local servers exactly as the README
 * runs them (no property overridden but the port), even when database {@code test} holds tables of other
 * applications, and the sample answers a violation there. The profiles name fixed local servers, which CI has, so
 * this runs under CI's switch only. It leaves no row behind.
 */
@EnabledIfEnvironmentVariable(named = "ROOTCAUSE_DATABASES_REQUIRED", matches = "true")
class LocalServerProfilesTest {

	@Test
	void postgresProfileStartsOnTheLocalServer() {
		assertAnswersADuplicateEmail("postgres");
	}

	@Test
	void mariadbProfileStartsOnTheLocalServerWhileDatabaseTestHoldsOtherTables() throws SQLException {
		String neighbour = "neighbour_" + UUID.randomUUID().toString().substring(0, 8);
		try (Connection test = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test", "root", "");
				Statement statement = test.createStatement()) {
			statement.execute("create table " + neighbour + " (id int)");
			try {
				assertAnswersADuplicateEmail("mariadb");
			}
			finally {
				statement.execute("drop table " + neighbour);
			}
		}
	}

	private static void assertAnswersADuplicateEmail(String profile) {
		try (ConfigurableApplicationContext sample = new SpringApplicationBuilder(SampleApplication.class)
			.profiles(profile)
			.run("--server.port=0")) {
			Http http = new Http(sample.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
			String customer = """
					{"email": "%s@example.com", "name": "Profile"}
					""".formatted(profile + "-" + UUID.randomUUID());
			Http.Response created = http.post("/customers", customer);
			SampleTest.assertCreated(created);
			SampleTest.assertViolation(http.post("/customers", customer), "unique", "uq_customer_email", "email",
					"this email is already registered", "/customers");
			assertThat(http.delete("/customers/" + SampleTest.id(created)).status()).isEqualTo(204);
		}
	}

}
