package io.github.rootcause.spring.batch;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The import job's skips and skip report, on H2.
 */
@OnDatabase(TestDatabase.H2)
class BatchImportSkipsViolationsH2Test extends BatchImportScenarios {
}
