package io.github.rootcause.spring.batch;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The import job's skips and skip report, on PostgreSQL.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class BatchImportSkipsViolationsPostgresqlTest extends BatchImportScenarios {
}
