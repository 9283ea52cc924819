package io.github.rootcause.reactive.handlers;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/** Handler annotations and precedence on WebFlux, on MariaDB. */
@OnDatabase(TestDatabase.MARIADB)
class HandlerAnnotationsMariaDbTest extends HandlerAnnotationsScenarios {
}
