package io.github.rootcause.spring;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The application's own translator, advice and handlers on H2.
 */
@OnDatabase(TestDatabase.H2)
class UserOverridesH2Test extends UserOverridesScenarios {
}
