package io.github.rootcause.spring.existing;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The existing application with the starter dropped in, on MariaDB.
 */
@OnDatabase(TestDatabase.MARIADB)
class ExistingApplicationMariaDbTest extends ExistingApplicationScenarios {
}
