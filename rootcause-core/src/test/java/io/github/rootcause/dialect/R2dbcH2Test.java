package io.github.rootcause.dialect;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The R2DBC scenarios on H2 through its R2DBC driver.
 */
class R2dbcH2Test extends R2dbcScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.H2);

	@Override
	DatabaseFixture db() {
		return db;
	}

}
