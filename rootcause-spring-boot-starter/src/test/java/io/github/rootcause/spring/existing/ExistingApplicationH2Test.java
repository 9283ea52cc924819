package io.github.rootcause.spring.existing;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The existing application with the starter dropped in, on H2.
 */
@OnDatabase(TestDatabase.H2)
class ExistingApplicationH2Test extends ExistingApplicationScenarios {

	@Test
	void aUniqueViolationOnAnIdentityBehindTheRowsIsTheServersFaultAndAnswers500(
			CapturedOutput output) {
		aUniqueViolationOnAnIdentityBehindTheRowsIsTheServersFault(output);
	}

}
