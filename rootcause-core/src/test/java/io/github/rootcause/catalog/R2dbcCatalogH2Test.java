package io.github.rootcause.catalog;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The R2DBC catalog scenarios on H2.
 */
class R2dbcCatalogH2Test extends R2dbcCatalogScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.H2);

	@Override
	DatabaseFixture db() {
		return db;
	}

}
