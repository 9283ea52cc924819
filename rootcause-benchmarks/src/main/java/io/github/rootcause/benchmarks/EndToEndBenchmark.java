package io.github.rootcause.benchmarks;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.github.rootcause.testing.TestDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sample over real HTTP on loopback, {@value #CLIENTS} clients at once: registering a customer by inserting and
 * letting the database decide (rootcause answers the duplicate with 409) next to checking first and inserting
 * after (the application answers the duplicate itself). Run it twice, in throughput mode ({@code -bm thrpt}) and
 * in sample mode ({@code -bm sample}) for p50 and p99. Bounded: JMH's iterations, a few seconds each.
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.Throughput, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Threads(EndToEndBenchmark.CLIENTS)
@Fork(1)
public class EndToEndBenchmark {

	static final int CLIENTS = 16;

	private static final String TAKEN = "taken@example.com";

	@Param({ "POSTGRESQL" })
	public TestDatabase database;

	private SampleServer server;

	@Setup(Level.Trial)
	public void start() throws SQLException {
		this.server = SampleServer.start(this.database, Map.of());
		expect(201, this.server.post("/customers", SampleServer.customer(TAKEN)));
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.server.close();
	}

	/** A fresh email per request. */
	@State(Scope.Thread)
	public static class Emails {

		private final String prefix = UUID.randomUUID().toString();

		private long next;

		String next() {
			return this.prefix + "-" + this.next++ + "@example.com";
		}

	}

	/** (a) A new customer: one INSERT. */
	@Benchmark
	public int insertNew(Emails emails) {
		return expect(201, this.server.post("/customers", SampleServer.customer(emails.next())));
	}

	/** (b) A registered email: the INSERT fails on uq_customer_email and rootcause answers 409. */
	@Benchmark
	public int insertDuplicate() {
		return expect(409, this.server.post("/customers", SampleServer.customer(TAKEN)));
	}

	/** (c) A new customer, checked first: a SELECT, then the INSERT. */
	@Benchmark
	public int checkThenInsertNew(Emails emails) {
		return expect(201, this.server.post("/check-then-insert/customers", SampleServer.customer(emails.next())));
	}

	/** (c) A registered email, checked first: the SELECT finds it and the application answers 409. */
	@Benchmark
	public int checkThenInsertDuplicate() {
		return expect(409, this.server.post("/check-then-insert/customers", SampleServer.customer(TAKEN)));
	}

	private static int expect(int expected, int status) {
		if (status != expected) {
			throw new IllegalStateException("Expected " + expected + " but got " + status);
		}
		return status;
	}

}
