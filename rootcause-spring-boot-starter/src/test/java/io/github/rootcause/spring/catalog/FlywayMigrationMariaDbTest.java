package io.github.rootcause.spring.catalog;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * A schema migrated by Flyway while the application runs, on MariaDB.
 */
@OnDatabase(TestDatabase.MARIADB)
class FlywayMigrationMariaDbTest extends FlywayMigrationScenarios {
}
