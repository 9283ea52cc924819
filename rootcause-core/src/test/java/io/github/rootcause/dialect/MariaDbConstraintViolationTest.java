package io.github.rootcause.dialect;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The MariaDB scenarios through MariaDB Connector/J, whose messages start with {@code (conn=<id>) }.
 */
class MariaDbConstraintViolationTest extends MariaDbScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.MARIADB);

	@Override
	DatabaseFixture db() {
		return db;
	}

}
