package io.github.rootcause.sample.reactive;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/** The registration race on MariaDB. */
@OnDatabase(TestDatabase.MARIADB)
class RegistrationRaceMariaDbTest extends RegistrationRaceTest {
}
