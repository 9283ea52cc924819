package io.github.rootcause;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL stores unquoted names in lower case: the same answers as on the databases that store them in upper case.
 */
class DeclaredNamesPostgresqlTest extends DeclaredNamesScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.POSTGRESQL);

	@Override
	DatabaseFixture db() {
		return db;
	}

}
