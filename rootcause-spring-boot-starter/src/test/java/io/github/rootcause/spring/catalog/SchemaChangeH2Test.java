package io.github.rootcause.spring.catalog;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * A schema changed through plain SQL while the application runs, on H2.
 */
@OnDatabase(TestDatabase.H2)
class SchemaChangeH2Test extends SchemaChangeScenarios {
}
