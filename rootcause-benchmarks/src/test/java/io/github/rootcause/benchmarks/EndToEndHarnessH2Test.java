package io.github.rootcause.benchmarks;

import io.github.rootcause.testing.TestDatabase;

class EndToEndHarnessH2Test extends EndToEndHarnessTest {

	@Override
	TestDatabase database() {
		return TestDatabase.H2;
	}

}
