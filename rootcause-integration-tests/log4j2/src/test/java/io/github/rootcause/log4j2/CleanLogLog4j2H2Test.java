package io.github.rootcause.log4j2;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The clean log under Log4j2, on H2.
 */
@OnDatabase(TestDatabase.H2)
class CleanLogLog4j2H2Test extends CleanLogLog4j2Scenarios {
}
