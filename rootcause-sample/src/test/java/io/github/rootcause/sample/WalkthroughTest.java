package io.github.rootcause.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.rootcause.sample.Walkthrough.Step;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays {@code WALKTHROUGH.md} against a fresh sample ({@link Walkthrough}). One subclass per database; the section
 * that only PostgreSQL can show is replayed on PostgreSQL only. MariaDB does not use up an auto-increment value when
 * an insert fails a check, so there the ids of created rows may differ and everything else must not. The README's
 * first example is the walkthrough's first two steps, so the replay proves it too.
 */
abstract class WalkthroughTest extends SampleTest {

	@Test
	void everyAnswerInTheWalkthroughIsWhatTheSampleAnswers() throws IOException {
		Walkthrough.replay(this.http, hasExclusionConstraints(), consumesIdentityValuesOnFailedInserts());
	}

	@Test
	void theReadmesFirstExampleIsTheWalkthroughsFirstTwoSteps() throws IOException {
		List<Step> steps = Step.read(Path.of("WALKTHROUGH.md"), false);
		String example = """
				```sh
				%s
				%s
				```

				```json
				%s
				```
				""".formatted(withoutHeaders(steps.get(0).command()), withoutHeaders(steps.get(1).command()),
				steps.get(1).answer());
		assertThat(Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8)).contains(example);
	}

	private static String withoutHeaders(String command) {
		return command.replace("curl -s -i ", "curl -s ");
	}

	/**
	 * Whether the database has exclusion constraints, and so answers the walkthrough's PostgreSQL section.
	 * @return {@code false} unless overridden
	 */
	boolean hasExclusionConstraints() {
		return false;
	}

	/**
	 * Whether an insert that fails still uses up an identity value, as on H2 and PostgreSQL, so the ids of the
	 * walkthrough come out the same.
	 * @return {@code true} unless overridden
	 */
	boolean consumesIdentityValuesOnFailedInserts() {
		return true;
	}

}
