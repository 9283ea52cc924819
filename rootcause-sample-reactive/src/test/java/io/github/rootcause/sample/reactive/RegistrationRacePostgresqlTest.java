package io.github.rootcause.sample.reactive;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/** The registration race on PostgreSQL. */
@OnDatabase(TestDatabase.POSTGRESQL)
class RegistrationRacePostgresqlTest extends RegistrationRaceTest {
}
