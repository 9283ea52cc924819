package io.github.rootcause.spring;

import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;

/**
 * The store's violations on H2.
 */
class ProblemDetailH2Test extends ProblemDetailScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.H2);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		database(registry, db);
	}

	@Override
	protected TestDatabase database() {
		return TestDatabase.H2;
	}

}
