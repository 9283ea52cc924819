package io.github.rootcause.benchmarks;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;

/**
 * The cold start: the sample on a pool of two connections ({@code spring.datasource.hikari.maximum-pool-size=2},
 * a 5-second connection timeout), on a server that also holds another application's {@value #CROWD} tables, gets
 * its first violation alone, then {@value #CLIENTS} simultaneous duplicate registrations. Prints, per database, how
 * long the first violation took, how many answers of each status the burst got, how many were full problems (with
 * {@code errors}), and how long it took. Run twice: as the starter runs by default (the catalog read at startup),
 * and with {@code rootcause.catalog.startup-wait=0s}, where violations may come while the catalog is still being
 * read. Bounded: one violation and one burst per run, each request with a 30-second timeout, all to 127.0.0.1.
 *
 * <pre class="code">
 * rootcause-benchmarks/run cold [POSTGRESQL|MARIADB|H2 ...]
 * </pre>
 */
public final class ColdStart {

	static final int CLIENTS = 32;

	static final int CROWD = 2000;

	private ColdStart() {
	}

	/**
	 * Runs the burst on each database named, or on PostgreSQL and MariaDB.
	 * @param args the databases
	 * @throws Exception when the sample cannot start
	 */
	public static void main(String[] args) throws Exception {
		List<String> engines = (args.length > 0) ? List.of(args) : List.of("POSTGRESQL", "MARIADB");
		for (String engine : engines) {
			DatabaseFixture crowd = DatabaseFixture.of(TestDatabase.valueOf(engine));
			crowd.start();
			try {
				String[] tables = new String[CROWD];
				for (int i = 0; i < CROWD; i++) {
					tables[i] = "create table c" + i + " (id int primary key, code int unique)";
				}
				crowd.execute(tables);
				burst(TestDatabase.valueOf(engine), "10s");
				burst(TestDatabase.valueOf(engine), "0s");
			}
			finally {
				crowd.stop();
			}
		}
	}

	private static void burst(TestDatabase database, String startupWait) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		Map<String, Object> pool = Map.of("spring.datasource.hikari.maximum-pool-size", 2,
				"spring.datasource.hikari.connection-timeout", 5000, "rootcause.catalog.startup-wait", startupWait);
		try (SampleServer server = SampleServer.start(database, pool)) {
			String body = SampleServer.customer("cold@example.com");
			server.post("/customers", body);
			long first = System.nanoTime();
			HttpResponse<String> alone = server.postForAnswer("/customers", body);
			long firstMillis = (System.nanoTime() - first) / 1_000_000;
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				answers.add(clients.submit(() -> {
					start.await();
					return server.postForAnswer("/customers", body);
				}));
			}
			long started = System.nanoTime();
			start.countDown();
			Map<Integer, Integer> statuses = new TreeMap<>();
			int full = 0;
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
				statuses.merge(response.statusCode(), 1, Integer::sum);
				full += response.body().contains("\"errors\"") ? 1 : 0;
			}
			System.out.printf("%s, startup-wait %s: the first violation answered %d%s in %d ms; then %d simultaneous "
					+ "duplicates on a pool of 2 answered %s, %d full problems, in %d ms%n", database.displayName(),
					startupWait, alone.statusCode(), alone.body().contains("\"errors\"") ? " (full)" : "", firstMillis,
					CLIENTS, statuses, full, (System.nanoTime() - started) / 1_000_000);
		}
		finally {
			clients.shutdownNow();
			clients.awaitTermination(10, TimeUnit.SECONDS);
		}
	}

}
