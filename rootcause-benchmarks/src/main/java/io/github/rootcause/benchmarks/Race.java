package io.github.rootcause.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.rootcause.testing.TestDatabase;

/**
 * The race that check-then-insert loses: in each round, {@value #CLIENTS} clients released at the same instant
 * register the same new email, through each pattern of the sample. Prints, per pattern, how many answers of each
 * status came back. Bounded: {@code rounds} rounds (default 50) of {@value #CLIENTS} requests per pattern, each
 * with a 30-second timeout, all to 127.0.0.1.
 *
 * <pre class="code">
 * rootcause-benchmarks/run race [rounds] [POSTGRESQL|MARIADB|H2]
 * </pre>
 */
public final class Race {

	static final int CLIENTS = 32;

	private static final Map<String, String> PATTERNS = Map.of(
			"insert, rootcause answers the duplicate (POST /customers)", "/customers",
			"check then insert (POST /check-then-insert/customers)", "/check-then-insert/customers",
			"create-or-get with ViolationGuard (POST /registrations)", "/registrations");

	private Race() {
	}

	/**
	 * Runs the race.
	 * @param args the number of rounds and the database, both optional
	 * @throws Exception when the sample cannot start
	 */
	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 50;
		TestDatabase database = (args.length > 1) ? TestDatabase.valueOf(args[1]) : TestDatabase.POSTGRESQL;
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try (SampleServer server = SampleServer.start(database, Map.of())) {
			System.out.printf("%d rounds of %d simultaneous identical registrations on %s%n", rounds, CLIENTS,
					database.displayName());
			int patterns = 0;
			for (Map.Entry<String, String> pattern : new TreeMap<>(PATTERNS).entrySet()) {
				Map<Integer, Integer> statuses = new TreeMap<>();
				patterns++;
				for (int round = 0; round < rounds; round++) {
					String body = SampleServer.customer("race-" + round + "@p" + patterns + ".example.com");
					for (int status : round(server, clients, pattern.getValue(), body)) {
						statuses.merge(status, 1, Integer::sum);
					}
				}
				System.out.printf("  %-60s %s%n", pattern.getKey(), statuses);
			}
		}
		finally {
			clients.shutdownNow();
			clients.awaitTermination(10, TimeUnit.SECONDS);
		}
	}

	private static List<Integer> round(SampleServer server, ExecutorService clients, String path, String body)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			answers.add(clients.submit(() -> {
				start.await();
				return server.post(path, body);
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get(60, TimeUnit.SECONDS));
		}
		return statuses;
	}

}
