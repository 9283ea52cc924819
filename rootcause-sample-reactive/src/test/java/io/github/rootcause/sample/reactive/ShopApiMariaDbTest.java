package io.github.rootcause.sample.reactive;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/** The reactive shop on MariaDB. */
@OnDatabase(TestDatabase.MARIADB)
class ShopApiMariaDbTest extends ShopApiTest {
}
