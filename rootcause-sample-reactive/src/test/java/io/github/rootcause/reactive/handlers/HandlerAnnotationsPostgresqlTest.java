package io.github.rootcause.reactive.handlers;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/** Handler annotations and precedence on WebFlux, on PostgreSQL. */
@OnDatabase(TestDatabase.POSTGRESQL)
class HandlerAnnotationsPostgresqlTest extends HandlerAnnotationsScenarios {
}
