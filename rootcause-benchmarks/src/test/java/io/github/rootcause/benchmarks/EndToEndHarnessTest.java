package io.github.rootcause.benchmarks;

import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end-to-end benchmarks measure what they say: each pattern answers as its benchmark expects, and the startup
 * comparison's "without" really runs the sample without rootcause. Each subclass names its database.
 */
abstract class EndToEndHarnessTest {

	abstract TestDatabase database();

	@Test
	void eachPatternOfTheEndToEndBenchmarkAnswersTheStatusItExpects() throws Exception {
		EndToEndBenchmark benchmark = new EndToEndBenchmark();
		benchmark.database = database();
		benchmark.warmUpSeconds = 1;
		benchmark.start();
		try {
			EndToEndBenchmark.Emails emails = new EndToEndBenchmark.Emails();
			assertThat(benchmark.insertNew(emails)).isEqualTo(201);
			assertThat(benchmark.insertDuplicate(emails)).isEqualTo(409);
			assertThat(benchmark.checkThenInsertNew(emails)).isEqualTo(201);
			assertThat(benchmark.checkThenInsertDuplicate(emails)).isEqualTo(409);
		}
		finally {
			benchmark.stop();
		}
	}

	@Test
	void withoutTheStartersAutoConfigurationADuplicateThatReachesTheDatabaseIsA500() throws Exception {
		try (SampleServer server = Startup.start(false, database())) {
			assertThat(server.post("/customers", SampleServer.customer("ada@example.com"))).isEqualTo(201);
			assertThat(server.post("/customers", SampleServer.customer("ada@example.com"))).isEqualTo(500);
		}
	}

}
