package io.github.rootcause.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.github.rootcause.EntityModel;
import io.github.rootcause.spring.autoconfigure.RootCauseProperties;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.ViolationGuard;
import io.github.rootcause.spring.web.ViolationForms;
import io.github.rootcause.spring.web.ViolationProblemFactory;
import io.github.rootcause.testing.TestDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The sample's startup time with and without the starter's auto-configuration, each measured in a fresh JVM from
 * the JVM's start until the application is ready (Tomcat listening, Flyway done, Hibernate up). "Without" excludes
 * the five rootcause auto-configurations that work at startup and declares, by hand and doing nothing at startup,
 * the two starter beans the sample's own controllers inject ({@code ViolationGuard}, {@code ViolationForms}); the
 * Batch auto-configuration, whose two beans the sample's import job injects and which does nothing at startup, stays.
 * The difference is what the
 * starter adds to startup: its catalog read for validating constraint names, the Hibernate metamodel mapping, the
 * translators it installs and the handler methods it collects.
 *
 * <pre class="code">
 * rootcause-benchmarks/run startup [runs] [H2|POSTGRESQL|MARIADB]
 * </pre>
 */
public final class Startup {

	private static final String EXCLUDE = String.join(",",
			"io.github.rootcause.spring.autoconfigure.RootCauseAutoConfiguration",
			"io.github.rootcause.spring.autoconfigure.RootCauseJdbcAutoConfiguration",
			"io.github.rootcause.spring.autoconfigure.RootCauseJpaAutoConfiguration",
			"io.github.rootcause.spring.autoconfigure.RootCauseWebAutoConfiguration",
			"io.github.rootcause.spring.autoconfigure.RootCauseCatalogAutoConfiguration");

	private static final String READY = "ready-ms=";

	private Startup() {
	}

	/**
	 * Starts {@code runs} JVMs of each kind, alternating, and prints the median and the fastest; or, with
	 * {@code probe}, is one such JVM.
	 * @param args {@code [runs] [database]}, or {@code probe with|without database}
	 * @throws Exception when a JVM cannot be started
	 */
	public static void main(String[] args) throws Exception {
		if (args.length == 3 && args[0].equals("probe")) {
			probe(args[1].equals("with"), TestDatabase.valueOf(args[2]));
			return;
		}
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 10;
		String database = (args.length > 1) ? args[1] : TestDatabase.H2.name();
		List<Long> with = new ArrayList<>();
		List<Long> without = new ArrayList<>();
		for (int run = 0; run < runs; run++) {
			with.add(launch("with", database));
			without.add(launch("without", database));
		}
		System.out.printf("sample startup on %s, %d JVMs each: with the starter median %d ms (fastest %d), "
				+ "without median %d ms (fastest %d)%n", database, runs, median(with), min(with), median(without),
				min(without));
	}

	private static void probe(boolean withStarter, TestDatabase database) throws Exception {
		try (SampleServer server = start(withStarter, database)) {
			long ready = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			System.out.println(READY + ready);
		}
	}

	/**
	 * Starts the sample with or without the starter's auto-configuration.
	 * @param withStarter whether the starter's auto-configuration applies
	 * @param database the database
	 * @return the started sample
	 * @throws SQLException when the scratch database cannot be created
	 */
	static SampleServer start(boolean withStarter, TestDatabase database) throws SQLException {
		if (withStarter) {
			return SampleServer.start(database, Map.of());
		}
		return SampleServer.start(database, Map.of("spring.autoconfigure.exclude", EXCLUDE), StandIns.class);
	}

	private static long launch(String mode, String database) throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				Startup.class.getName(), "probe", mode, database)
			.redirectErrorStream(true)
			.start();
		long ready = -1;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				if (line.startsWith(READY)) {
					ready = Long.parseLong(line.substring(READY.length()));
				}
			}
		}
		if (process.waitFor() != 0 || ready < 0) {
			throw new IllegalStateException("The " + mode + " probe did not start the sample");
		}
		return ready;
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().skip(values.size() / 2).findFirst().orElseThrow();
	}

	private static long min(List<Long> values) {
		return values.stream().mapToLong(Long::longValue).min().orElseThrow();
	}

	/** The starter beans the sample's controllers inject, declared by hand and idle until a violation. */
	@Configuration(proxyBeanMethods = false)
	static class StandIns {

		@Bean
		DataSourceResolvers resolvers(ObjectProvider<DataSource> dataSources) {
			return new DataSourceResolvers(dataSources::getIfUnique, EntityModel::none);
		}

		@Bean
		ViolationGuard guard(PlatformTransactionManager transactionManager, DataSource dataSource,
				DataSourceResolvers resolvers) {
			return new ViolationGuard(transactionManager, dataSource, resolvers);
		}

		@Bean
		ViolationForms forms(DataSourceResolvers resolvers, MessageSource messages) {
			return new ViolationForms(resolvers, new ViolationProblemFactory(new RootCauseProperties(), messages));
		}

	}

}
