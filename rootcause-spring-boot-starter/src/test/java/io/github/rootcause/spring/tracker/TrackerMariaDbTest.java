package io.github.rootcause.spring.tracker;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The tracker's violations on MariaDB.
 */
@OnDatabase(TestDatabase.MARIADB)
class TrackerMariaDbTest extends TrackerScenarios {
}
