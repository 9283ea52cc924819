package io.github.rootcause.sample;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

@OnDatabase(TestDatabase.MARIADB)
class GameApiMariaDbTest extends GameApiTest {
}
