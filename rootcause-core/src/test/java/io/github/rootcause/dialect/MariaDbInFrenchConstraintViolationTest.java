package io.github.rootcause.dialect;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The MariaDB scenarios through MariaDB Connector/J on a server that answers in French ({@code lc_messages}
 * set per session): the same results as in English.
 */
class MariaDbInFrenchConstraintViolationTest extends MariaDbScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.MARIADB)
		.answeringIn(MariaDbLanguage.FRENCH.locale());

	@Override
	DatabaseFixture db() {
		return db;
	}

}
