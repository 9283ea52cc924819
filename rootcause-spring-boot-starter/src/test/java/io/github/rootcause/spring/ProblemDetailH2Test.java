package io.github.rootcause.spring;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The store's violations on H2.
 */
@OnDatabase(TestDatabase.H2)
class ProblemDetailH2Test extends ProblemDetailScenarios {
}
