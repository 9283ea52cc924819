package io.github.rootcause.benchmarks;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.github.rootcause.Resolver;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * A quick look, in seconds rather than JMH's minutes, at what {@code RootCause.of}, {@code Resolver.resolve} and
 * Spring's subclass translator allocate and take per call on every exception of {@link ReadBenchmark} and
 * {@link RecordedReadBenchmark}: for checking a change while working on it. The bytes are exact (the JVM counts
 * them per thread); the times are means over alternating batches on a warm JIT, to be confirmed with JMH.
 *
 * <pre class="code">
 * rootcause-benchmarks/run bytes                  every exception
 * rootcause-benchmarks/run bytes H2 UNIQUE        the ones whose database and violation start so
 * </pre>
 */
public final class Allocations {

	private static final int WARMUP = 100_000;

	private static final int BATCH = 20_000;

	private static final int BATCHES = Integer.getInteger("batches", 10);

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private static volatile Object sink;

	private Allocations() {
	}

	/**
	 * Prints one line per exception, then the medians.
	 * @param args optionally the start of the databases' names, then of the violations', to read only those
	 * @throws SQLException when a live database cannot be prepared
	 */
	public static void main(String[] args) throws SQLException {
		System.out.println("| database | violation | of | resolve | Spring subclass translator | of ÷ Spring |");
		System.out.println("| --- | --- | --- | --- | --- | --- |");
		List<double[]> rows = new ArrayList<>();
		SQLExceptionSubclassTranslator spring = new SQLExceptionSubclassTranslator();
		String databases = (args.length > 0) ? args[0] : "";
		String violations = (args.length > 1) ? args[1] : "";
		for (Engine engine : Engine.values()) {
			if (!engine.name().startsWith(databases)) {
				continue;
			}
			DatabaseFixture fixture = engine.start();
			try {
				Resolver resolver = RootCause.resolver(fixture.dataSource());
				resolver.catalog();
				for (Violation violation : Violation.values()) {
					if (!violation.name().startsWith(violations)) {
						continue;
					}
					SQLException exception = Engine.capture(fixture, violation);
					rows.add(print(engine.name(), violation, exception, resolver::resolve, spring));
				}
			}
			finally {
				fixture.stop();
			}
		}
		for (Recorded recorded : Recorded.values()) {
			for (Violation violation : Violation.values()) {
				if (!recorded.name().startsWith(databases) || !violation.name().startsWith(violations)) {
					continue;
				}
				rows.add(print(recorded.name() + " (recorded)", violation, recorded.exception(violation), null, spring));
			}
		}
		System.out.printf("%nmedian over %d exceptions: of %.0f B, %.0f ns; of ÷ Spring %.2f%n", rows.size(),
				median(rows, 0), median(rows, 1), median(rows, 2));
	}

	private static double[] print(String database, Violation violation, SQLException exception,
			Function<SQLException, Object> resolve, SQLExceptionSubclassTranslator spring) {
		Function<SQLException, Object> of = RootCause::of;
		Function<SQLException, Object> translate = (ex) -> spring.translate("insert", null, ex);
		List<Function<SQLException, Object>> contenders = new ArrayList<>(List.of(of, translate));
		if (resolve != null) {
			contenders.add(resolve);
		}
		for (Function<SQLException, Object> contender : contenders) {
			run(contender, exception, WARMUP);
		}
		long[][] totals = new long[contenders.size()][2];
		for (int batch = 0; batch < BATCHES; batch++) {
			for (int i = 0; i < contenders.size(); i++) {
				long bytes = THREADS.getCurrentThreadAllocatedBytes();
				long start = System.nanoTime();
				run(contenders.get(i), exception, BATCH);
				totals[i][1] += System.nanoTime() - start;
				totals[i][0] += THREADS.getCurrentThreadAllocatedBytes() - bytes;
			}
		}
		double calls = (double) BATCH * BATCHES;
		double ofBytes = totals[0][0] / calls;
		double ofNanos = totals[0][1] / calls;
		double springNanos = totals[1][1] / calls;
		String resolved = (resolve != null)
				? String.format("%.0f ns, %.0f B", totals[2][1] / calls, totals[2][0] / calls) : "—";
		System.out.printf("| %s | %s | %.0f ns, %.0f B | %s | %.0f ns, %.0f B | %.2f |%n", database, violation,
				ofNanos, ofBytes, resolved, springNanos, totals[1][0] / calls, ofNanos / springNanos);
		return new double[] { ofBytes, ofNanos, ofNanos / springNanos };
	}

	private static void run(Function<SQLException, Object> contender, SQLException exception, int calls) {
		Object last = null;
		for (int i = 0; i < calls; i++) {
			last = contender.apply(exception);
		}
		sink = last;
	}

	private static double median(List<double[]> rows, int column) {
		double[] values = rows.stream().mapToDouble((row) -> row[column]).sorted().toArray();
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

}
