package io.github.rootcause.reactive.handlers;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/** Handler annotations and precedence on WebFlux, on H2. */
@OnDatabase(TestDatabase.H2)
class HandlerAnnotationsH2Test extends HandlerAnnotationsScenarios {
}
