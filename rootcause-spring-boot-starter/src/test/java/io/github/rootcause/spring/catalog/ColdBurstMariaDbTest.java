package io.github.rootcause.spring.catalog;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * A cold burst of violations on a pool of two connections, on MariaDB.
 */
@OnDatabase(TestDatabase.MARIADB)
class ColdBurstMariaDbTest extends ColdBurstScenarios {
}
