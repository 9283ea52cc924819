package io.github.rootcause.log4j2;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The clean log under Log4j2, on PostgreSQL.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class CleanLogLog4j2PostgresqlTest extends CleanLogLog4j2Scenarios {
}
