package io.github.rootcause.sample;

import io.github.rootcause.testing.TestDatabase;

@OnDatabase(TestDatabase.MARIADB)
class GameApiMariaDbTest extends GameApiTest {
}
