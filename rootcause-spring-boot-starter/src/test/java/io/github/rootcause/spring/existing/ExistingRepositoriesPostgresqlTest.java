package io.github.rootcause.spring.existing;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The existing application's repositories, mapper and jOOQ store, on PostgreSQL.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class ExistingRepositoriesPostgresqlTest extends ExistingRepositoriesScenarios {
}
