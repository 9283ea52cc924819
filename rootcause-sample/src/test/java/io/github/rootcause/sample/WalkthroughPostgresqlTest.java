package io.github.rootcause.sample;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

@OnDatabase(TestDatabase.POSTGRESQL)
class WalkthroughPostgresqlTest extends WalkthroughTest {

	@Override
	boolean hasExclusionConstraints() {
		return true;
	}

}
