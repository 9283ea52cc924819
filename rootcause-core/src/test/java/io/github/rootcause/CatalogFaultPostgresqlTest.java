package io.github.rootcause;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The catalog's life when the network fails, on PostgreSQL.
 */
class CatalogFaultPostgresqlTest extends CatalogFaultScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.POSTGRESQL);

	@Override
	DatabaseFixture db() {
		return db;
	}

}
