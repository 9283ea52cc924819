package io.github.rootcause.spring.existing;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The existing application's {@code rootcause} endpoint, on H2.
 */
@OnDatabase(TestDatabase.H2)
class RootCauseEndpointH2Test extends RootCauseEndpointScenarios {
}
