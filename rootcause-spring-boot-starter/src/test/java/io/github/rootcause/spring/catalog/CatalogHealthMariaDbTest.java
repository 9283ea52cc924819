package io.github.rootcause.spring.catalog;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The rootcause health contributor, on MariaDB.
 */
@OnDatabase(TestDatabase.MARIADB)
class CatalogHealthMariaDbTest extends CatalogHealthScenarios {
}
