package io.github.rootcause.spring;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The application's own translator, advice and handlers on PostgreSQL.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class UserOverridesPostgresqlTest extends UserOverridesScenarios {
}
