package io.github.rootcause.spring.batch5;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The Spring Batch 5 import, on H2.
 */
@OnDatabase(TestDatabase.H2)
class Batch5ImportSkipsViolationsH2Test extends Batch5ImportScenarios {
}
