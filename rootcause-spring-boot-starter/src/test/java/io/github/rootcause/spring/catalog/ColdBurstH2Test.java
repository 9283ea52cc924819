package io.github.rootcause.spring.catalog;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * A cold burst of violations on a pool of two connections, on H2.
 */
@OnDatabase(TestDatabase.H2)
class ColdBurstH2Test extends ColdBurstScenarios {
}
