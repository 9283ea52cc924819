package io.github.rootcause.spring.faults;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * An application started while its database is down, on PostgreSQL.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class DatabaseDownAtStartPostgresqlTest extends DatabaseDownAtStartScenarios {

}
