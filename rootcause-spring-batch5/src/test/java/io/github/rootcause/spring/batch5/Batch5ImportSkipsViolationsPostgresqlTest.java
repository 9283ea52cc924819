package io.github.rootcause.spring.batch5;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The Spring Batch 5 import, on PostgreSQL.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class Batch5ImportSkipsViolationsPostgresqlTest extends Batch5ImportScenarios {
}
