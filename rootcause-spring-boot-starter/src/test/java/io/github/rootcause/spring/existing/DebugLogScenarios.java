package io.github.rootcause.spring.existing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
@TestPropertySource(properties = "logging.level.io.github.rootcause=debug")
abstract class DebugLogScenarios extends ClinicScenarios {

	@LocalServerPort
	private int port;

	@Test
	void aViolationLoggedAtDebugNamesItsKindAndConstraintAndNoValue(CapturedOutput output) {
		Http.Response response = new Http(this.port, List.of("taken-user")).post("/api/users", """
				{"login": "taken-user"}""");
		assertThat(response.status()).as(response.body()).isEqualTo(409);
		response.leaksNothing();
		assertThat(output.getAll()).contains("Answered violation of unique constraint " + stored("uq_user_username"))
			.contains("for a UNIQUE violation of " + stored("uq_user_username"))
			.doesNotContain("taken-user", "insert into", "Duplicate", "duplicate key");
	}

}
