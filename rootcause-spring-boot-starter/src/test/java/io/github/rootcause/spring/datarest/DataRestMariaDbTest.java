package io.github.rootcause.spring.datarest;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The library's violations through Spring Data REST, on MariaDB.
 */
@OnDatabase(TestDatabase.MARIADB)
class DataRestMariaDbTest extends DataRestScenarios {
}
