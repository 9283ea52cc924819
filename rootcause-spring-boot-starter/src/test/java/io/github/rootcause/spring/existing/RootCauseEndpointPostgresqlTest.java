package io.github.rootcause.spring.existing;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The existing application's {@code rootcause} endpoint, on PostgreSQL.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class RootCauseEndpointPostgresqlTest extends RootCauseEndpointScenarios {
}
