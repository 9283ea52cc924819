package io.github.rootcause;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * MariaDB keeps names as written: the same answers as on the databases that store them in upper case.
 */
class DeclaredNamesMariaDbTest extends DeclaredNamesScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.MARIADB);

	@Override
	DatabaseFixture db() {
		return db;
	}

}
