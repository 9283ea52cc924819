package io.github.rootcause.spring.existing;


import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The clinic ({@link ClinicApplication}) on the database of the subclass's {@link OnDatabase}, seeded before each
 * test with an owner whose telephone is {@code 555-0100}, a user {@code taken-user} and a pet type. The scenarios
 * that extend it share one application context per database.
 */
@SpringBootTest(classes = ClinicApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.sql.init.schema-locations=classpath:existing/schema-${rootcause.test.database}.sql",
				"spring.jackson.property-naming-strategy=SNAKE_CASE",
				"management.endpoints.web.exposure.include=rootcause,metrics",
				"spring.graphql.schema.locations=classpath:existing/graphql/" })
abstract class ClinicScenarios {

	@Autowired
	protected JdbcTemplate jdbc;

	/** The database this class runs on, from its {@link OnDatabase}. */
	protected final TestDatabase database = getClass().getAnnotation(OnDatabase.class).value();

	/** The seeded pet type. */
	protected int dogType;

	@BeforeEach
	void seed() {
		this.jdbc.update("delete from pet");
		this.jdbc.update("delete from pet_type");
		this.jdbc.update("delete from owner");
		this.jdbc.update("delete from app_user");
		this.jdbc.update("delete from specialty");
		this.jdbc.update("insert into owner (first_name, telephone) values ('Taken', '555-0100')");
		this.jdbc.update("insert into app_user (username) values ('taken-user')");
		this.jdbc.update("insert into pet_type (name) values ('dog')");
		this.dogType = this.jdbc.queryForObject("select id from pet_type", Integer.class);
	}


}
