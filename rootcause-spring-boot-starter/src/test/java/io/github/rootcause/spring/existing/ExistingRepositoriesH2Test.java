package io.github.rootcause.spring.existing;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The existing application's repositories, mapper and jOOQ store, on H2.
 */
@OnDatabase(TestDatabase.H2)
class ExistingRepositoriesH2Test extends ExistingRepositoriesScenarios {
}
