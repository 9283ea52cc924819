package io.github.rootcause.spring.catalog;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The rootcause health contributor, on H2.
 */
@OnDatabase(TestDatabase.H2)
class CatalogHealthH2Test extends CatalogHealthScenarios {
}
