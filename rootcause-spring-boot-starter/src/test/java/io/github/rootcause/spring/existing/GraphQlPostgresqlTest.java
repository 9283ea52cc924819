package io.github.rootcause.spring.existing;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The existing application's GraphQL API, on PostgreSQL.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class GraphQlPostgresqlTest extends GraphQlScenarios {
}
