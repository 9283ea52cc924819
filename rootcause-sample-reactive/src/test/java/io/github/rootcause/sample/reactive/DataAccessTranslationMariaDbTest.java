package io.github.rootcause.sample.reactive;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/** Spring's R2DBC support with rootcause on MariaDB. */
@OnDatabase(TestDatabase.MARIADB)
class DataAccessTranslationMariaDbTest extends DataAccessTranslationTest {
}
