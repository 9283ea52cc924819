package io.github.rootcause;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The catalog's life when the network fails, on MariaDB.
 */
class CatalogFaultMariaDbTest extends CatalogFaultScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.MARIADB);

	@Override
	DatabaseFixture db() {
		return db;
	}

}
