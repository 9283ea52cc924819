package io.github.rootcause.spring.catalog;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The rootcause health contributor, on PostgreSQL.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class CatalogHealthPostgresqlTest extends CatalogHealthScenarios {
}
