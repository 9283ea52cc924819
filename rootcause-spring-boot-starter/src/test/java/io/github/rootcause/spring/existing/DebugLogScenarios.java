package io.github.rootcause.spring.existing;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.github.rootcause.spring.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * rootcause's own log at DEBUG, the level a user turns on to see what it does: each violation is named by its kind
 * and constraint, and no line holds the SQL, the row's values or the database's message. Run on each database by a
 * subclass named for it.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "logging.level.io.github.rootcause.spring.web=debug",
		"logging.level.io.github.rootcause.spring.jdbc=debug", "logging.level.io.github.rootcause.catalog=debug" })
abstract class DebugLogScenarios extends ClinicScenarios {

	/** rootcause's own packages (the test applications' are under io.github.rootcause.spring too). */
	private static final List<String> PACKAGES = List.of("io.github.rootcause.spring.web",
			"io.github.rootcause.spring.jdbc", "io.github.rootcause.catalog");

	@LocalServerPort
	private int port;

	/** The levels are the logging system's, not the context's: later test classes get their own back. */
	@AfterAll
	static void restoreLevels() {
		LoggingSystem logging = LoggingSystem.get(DebugLogScenarios.class.getClassLoader());
		PACKAGES.forEach((name) -> logging.setLogLevel(name, null));
	}

	@Test
	void aViolationLoggedAtDebugNamesItsKindAndConstraintAndNoValue(CapturedOutput output) {
		Http.Response response = new Http(this.port, List.of("taken-user")).post("/api/users", """
				{"login": "taken-user"}""");
		assertThat(response.status()).as(response.body()).isEqualTo(409);
		response.leaksNothing();
		assertThat(output.getAll()).contains("Answered violation of unique constraint " + "uq_user_username")
			.contains("for a UNIQUE violation of " + "uq_user_username")
			.doesNotContain("taken-user", "insert into", "Duplicate", "duplicate key");
	}

}
