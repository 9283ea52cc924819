package io.github.rootcause.dialect;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The MariaDB scenarios through MySQL Connector/J on a server that answers in German ({@code lc_messages}
 * set per session): the same results as in English.
 */
class MySqlConnectorJOnMariaDbInGermanConstraintViolationTest extends MariaDbScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.MARIADB_MYSQL_DRIVER)
		.answeringIn(MariaDbLanguage.GERMAN.locale());

	@Override
	DatabaseFixture db() {
		return db;
	}

}
