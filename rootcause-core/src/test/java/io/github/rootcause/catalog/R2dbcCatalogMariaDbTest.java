package io.github.rootcause.catalog;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The R2DBC catalog scenarios on MariaDB.
 */
class R2dbcCatalogMariaDbTest extends R2dbcCatalogScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.MARIADB);

	@Override
	DatabaseFixture db() {
		return db;
	}

}
