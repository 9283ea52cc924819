package io.github.rootcause.spring;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The application's own translator, advice and handlers on MariaDB.
 */
@OnDatabase(TestDatabase.MARIADB)
class UserOverridesMariaDbTest extends UserOverridesScenarios {
}
