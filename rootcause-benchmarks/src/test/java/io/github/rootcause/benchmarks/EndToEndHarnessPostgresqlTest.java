package io.github.rootcause.benchmarks;

import io.github.rootcause.testing.TestDatabase;

class EndToEndHarnessPostgresqlTest extends EndToEndHarnessTest {

	@Override
	TestDatabase database() {
		return TestDatabase.POSTGRESQL;
	}

}
