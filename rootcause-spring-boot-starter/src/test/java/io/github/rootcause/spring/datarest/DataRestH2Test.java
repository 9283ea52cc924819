package io.github.rootcause.spring.datarest;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The library's violations through Spring Data REST, on H2.
 */
@OnDatabase(TestDatabase.H2)
class DataRestH2Test extends DataRestScenarios {
}
