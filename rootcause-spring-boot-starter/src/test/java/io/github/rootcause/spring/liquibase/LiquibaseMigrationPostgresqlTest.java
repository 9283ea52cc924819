package io.github.rootcause.spring.liquibase;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * A schema changed by a Liquibase changelog while the application runs, on PostgreSQL.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class LiquibaseMigrationPostgresqlTest extends LiquibaseMigrationScenarios {
}
