package io.github.rootcause.sample;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class RegistrationConcurrencyH2Test extends RegistrationConcurrencyTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.H2);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		useDatabase(db, registry);
	}

}
