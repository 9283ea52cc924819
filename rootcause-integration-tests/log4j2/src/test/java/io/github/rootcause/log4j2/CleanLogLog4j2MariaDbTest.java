package io.github.rootcause.log4j2;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The clean log under Log4j2, on MariaDB (MariaDB Connector/J, which logs the violation itself too).
 */
@OnDatabase(TestDatabase.MARIADB)
class CleanLogLog4j2MariaDbTest extends CleanLogLog4j2Scenarios {
}
