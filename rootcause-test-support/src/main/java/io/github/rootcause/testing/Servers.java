package io.github.rootcause.testing;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds the PostgreSQL and MariaDB servers the tests run on.
 *
 * <p>In order: the environment ({@code ROOTCAUSE_POSTGRESQL_URL}, {@code ROOTCAUSE_POSTGRESQL_USER},
 * {@code ROOTCAUSE_POSTGRESQL_PASSWORD}, and the same with {@code MARIADB}); else a Testcontainers container
 * where a Docker engine runs, started once per JVM; else the test is skipped, or fails when
 * {@code ROOTCAUSE_DATABASES_REQUIRED=true}.
 */
final class Servers {

	/** The switch under which a server that cannot be reached fails the test instead of skipping it. */
	static final String REQUIRED = "ROOTCAUSE_DATABASES_REQUIRED";

	private static final Map<String, Server> servers = new ConcurrentHashMap<>();

	private Servers() {
	}

	/** Where a server is and who to connect as. */
	record Server(String url, String user, String password) {
	}

	static Server postgresql() {
		return servers.computeIfAbsent("POSTGRESQL", (name) -> find(name, () -> new PostgreSQLContainer("postgres:16-alpine")));
	}

	static Server mariadb() {
		return servers.computeIfAbsent("MARIADB", (name) -> find(name, () -> new MariaDBContainer("mariadb:10.11")));
	}

	static boolean required() {
		return Boolean.parseBoolean(System.getenv(REQUIRED));
	}

	/**
	 * Skips the running test with the given reason, or fails it when databases are required.
	 * @param reason what is missing and how to provide it
	 */
	static void unavailable(String reason) {
		if (required()) {
			Assertions.fail(reason + " (" + REQUIRED + "=true, so this fails instead of skipping)");
		}
		Assumptions.abort(reason);
	}

	private static Server find(String name, java.util.function.Supplier<JdbcDatabaseContainer<?>> container) {
		String url = System.getenv("ROOTCAUSE_" + name + "_URL");
		if (url != null && !url.isBlank()) {
			return new Server(url, env("ROOTCAUSE_" + name + "_USER"), env("ROOTCAUSE_" + name + "_PASSWORD"));
		}
		if (dockerAvailable()) {
			JdbcDatabaseContainer<?> started = container.get();
			started.start();
			return new Server(started.getJdbcUrl(), started.getUsername(), started.getPassword());
		}
		String display = name.toLowerCase(Locale.ROOT);
		unavailable("No " + display + " server: set ROOTCAUSE_" + name + "_URL (with _USER and _PASSWORD) "
				+ "or run a Docker engine for Testcontainers");
		throw new IllegalStateException("unreachable");
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static String env(String name) {
		String value = System.getenv(name);
		return (value != null) ? value : "";
	}

}
