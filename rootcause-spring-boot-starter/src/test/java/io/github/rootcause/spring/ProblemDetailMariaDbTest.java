package io.github.rootcause.spring;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The store's violations on MariaDB.
 */
@OnDatabase(TestDatabase.MARIADB)
class ProblemDetailMariaDbTest extends ProblemDetailScenarios {
}
