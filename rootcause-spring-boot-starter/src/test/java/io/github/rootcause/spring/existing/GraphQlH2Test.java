package io.github.rootcause.spring.existing;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The existing application's GraphQL API, on H2.
 */
@OnDatabase(TestDatabase.H2)
class GraphQlH2Test extends GraphQlScenarios {
}
