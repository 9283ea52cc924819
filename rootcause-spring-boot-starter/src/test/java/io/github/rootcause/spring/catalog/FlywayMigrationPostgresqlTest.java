package io.github.rootcause.spring.catalog;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * A schema migrated by Flyway while the application runs, on PostgreSQL.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class FlywayMigrationPostgresqlTest extends FlywayMigrationScenarios {
}
