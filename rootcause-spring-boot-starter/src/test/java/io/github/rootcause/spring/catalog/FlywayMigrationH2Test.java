package io.github.rootcause.spring.catalog;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * A schema migrated by Flyway while the application runs, on H2.
 */
@OnDatabase(TestDatabase.H2)
class FlywayMigrationH2Test extends FlywayMigrationScenarios {
}
