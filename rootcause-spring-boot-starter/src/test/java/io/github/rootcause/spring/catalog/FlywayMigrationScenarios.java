package io.github.rootcause.spring.catalog;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema changed through Flyway while the application runs: Spring Boot migrates to V1 at startup, then the
 * application migrates to the latest version with a Flyway built from the one Spring Boot configured, which
 * carries its callbacks and so rootcause's. Right after {@code migrate()} returns, with no polling, the violations
 * of V2's constraints are answered with their names and fields. The pool has two connections, as every test of this
 * package: Flyway holds both while it migrates (its main and migration connections on H2 and PostgreSQL), and
 * rootcause reads the catalog with the one Flyway hands its callback. Run on each database by a subclass named for
 * it.
 */
@TestPropertySource(properties = { "spring.sql.init.mode=never", "spring.flyway.enabled=true",
		"spring.flyway.locations=classpath:catalog/flyway/{vendor}", "spring.flyway.target=1" })
abstract class FlywayMigrationScenarios extends CatalogScenarios {

	@Autowired
	private Flyway flyway;

	@Test
	void aMigrationAtRuntimeHasTheVeryNextViolationsAnsweredWithItsConstraints(CapturedOutput output) {
		assertThat(this.flyway.info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion("1"));
		Flyway.configure()
			.configuration(this.flyway.getConfiguration())
			.target(MigrationVersion.LATEST)
			.load()
			.migrate();
		http().post("/accounts", account(2, "other@example.com", SEEDED_NAME))
			.isProblem(409, Problems.unique("uq_account_name", "/accounts", "name"));
		http().post("/accounts", account(3, "other@example.com", "Zq"))
			.isProblem(422, Problems.check("ck_account_name", "/accounts", "name"));
		logIsClean(output);
	}

}
