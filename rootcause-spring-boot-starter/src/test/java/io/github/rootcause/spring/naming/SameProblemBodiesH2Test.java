package io.github.rootcause.spring.naming;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The league's problem bodies on H2.
 */
@OnDatabase(TestDatabase.H2)
class SameProblemBodiesH2Test extends SameProblemBodiesScenarios {
}
