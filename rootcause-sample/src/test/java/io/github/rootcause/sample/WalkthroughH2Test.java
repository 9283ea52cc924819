package io.github.rootcause.sample;

import io.github.rootcause.testing.TestDatabase;

@OnDatabase(TestDatabase.H2)
class WalkthroughH2Test extends WalkthroughTest {
}
