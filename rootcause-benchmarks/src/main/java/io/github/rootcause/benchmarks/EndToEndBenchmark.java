package io.github.rootcause.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
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
 * after (the application answers the duplicate itself). Sample mode gives the mean and the percentiles of the
 * latency; with {@value #CLIENTS} clients that never pause, the throughput is {@value #CLIENTS} divided by the mean
 * (Little's law). Before JMH's own warm-up, every fork sends all four patterns for {@code warmUpSeconds}, so that
 * each pattern is measured on an application the others have warmed too (the JIT compiler needs more than a minute
 * on two cores to settle a whole Spring application). Bounded: the warm-up's seconds and JMH's iterations, under
 * three minutes per pattern.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 5)
@Threads(EndToEndBenchmark.CLIENTS)
@Fork(1)
public class EndToEndBenchmark {

	static final int CLIENTS = 16;

	/** How many registered emails the duplicates cycle through, so that clients rarely wait on one another's key. */
	static final int TAKEN = 1000;

	@Param({ "POSTGRESQL" })
	public TestDatabase database;

	@Param({ "90" })
	public int warmUpSeconds;

	private SampleServer server;

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.server = SampleServer.start(this.database, Map.of());
		for (int i = 0; i < TAKEN; i++) {
			expect(201, this.server.post("/customers", SampleServer.customer(Emails.taken(i))));
		}
		warmUp();
	}

	/** All four patterns from {@value #CLIENTS} clients until the warm-up's time is up. */
	private void warmUp() throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(this.warmUpSeconds);
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				running.add(clients.submit(() -> {
					Emails emails = new Emails();
					while (System.nanoTime() < end) {
						insertNew(emails);
						insertDuplicate(emails);
						checkThenInsertNew(emails);
						checkThenInsertDuplicate(emails);
					}
				}));
			}
			for (Future<?> client : running) {
				client.get();
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.server.close();
	}

	/** A fresh email per request, or the next of the registered ones, from a place of its own per client. */
	@State(Scope.Thread)
	public static class Emails {

		private final String prefix = UUID.randomUUID().toString();

		private long next;

		private int taken = ThreadLocalRandom.current().nextInt(TAKEN);

		String next() {
			return this.prefix + "-" + this.next++ + "@example.com";
		}

		String taken() {
			this.taken = (this.taken + 1) % TAKEN;
			return taken(this.taken);
		}

		static String taken(int index) {
			return "taken-" + index + "@example.com";
		}

	}

	/** (a) A new customer: one INSERT. */
	@Benchmark
	public int insertNew(Emails emails) {
		return expect(201, this.server.post("/customers", SampleServer.customer(emails.next())));
	}

	/** (b) A registered email: the INSERT fails on uq_customer_email and rootcause answers 409. */
	@Benchmark
	public int insertDuplicate(Emails emails) {
		return expect(409, this.server.post("/customers", SampleServer.customer(emails.taken())));
	}

	/** (c) A new customer, checked first: a SELECT, then the INSERT. */
	@Benchmark
	public int checkThenInsertNew(Emails emails) {
		return expect(201, this.server.post("/check-then-insert/customers", SampleServer.customer(emails.next())));
	}

	/** (c) A registered email, checked first: the SELECT finds it and the application answers 409. */
	@Benchmark
	public int checkThenInsertDuplicate(Emails emails) {
		return expect(409, this.server.post("/check-then-insert/customers", SampleServer.customer(emails.taken())));
	}

	private static int expect(int expected, int status) {
		if (status != expected) {
			throw new IllegalStateException("Expected " + expected + " but got " + status);
		}
		return status;
	}

}
