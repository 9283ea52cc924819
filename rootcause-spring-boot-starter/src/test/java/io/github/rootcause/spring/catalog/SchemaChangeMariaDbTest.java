package io.github.rootcause.spring.catalog;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * A schema changed through plain SQL while the application runs, on MariaDB.
 */
@OnDatabase(TestDatabase.MARIADB)
class SchemaChangeMariaDbTest extends SchemaChangeScenarios {
}
