package io.github.rootcause.dialect;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The MariaDB scenarios through MySQL Connector/J, which reports the server as MySQL and passes its messages on
 * unchanged.
 */
class MySqlConnectorJOnMariaDbConstraintViolationTest extends MariaDbScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.MARIADB_MYSQL_DRIVER);

	@Override
	DatabaseFixture db() {
		return db;
	}

}
