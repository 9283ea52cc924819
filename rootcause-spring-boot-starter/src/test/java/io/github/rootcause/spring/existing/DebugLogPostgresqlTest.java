package io.github.rootcause.spring.existing;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * rootcause's DEBUG log in the existing application, on PostgreSQL.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class DebugLogPostgresqlTest extends DebugLogScenarios {
}
