package io.github.rootcause.spring.naming;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The league's problem bodies on MariaDB.
 */
@OnDatabase(TestDatabase.MARIADB)
class SameProblemBodiesMariaDbTest extends SameProblemBodiesScenarios {
}
