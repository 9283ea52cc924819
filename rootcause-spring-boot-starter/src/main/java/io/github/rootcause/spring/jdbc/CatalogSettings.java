package io.github.rootcause.spring.jdbc;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What rootcause reads of a database catalog, how long it waits for one, and how often it reads one again: the
 * plain values of {@code rootcause.catalog.*} that the resolvers run with.
 *
 * @param maxWait the longest a violation waits for a first read of the catalog under way before it is answered from
 * what the exception tells; never longer, so that no request waits on the pool for it
 * @param refreshInterval how long a failed or partial read waits before it is tried again, and the least time
 * between two reads caused by violations of constraints the catalog lacks
 * @param schemas schemas (on MariaDB and MySQL, databases) to read besides each connection's own
 */
public record CatalogSettings(Duration maxWait, Duration refreshInterval, List<String> schemas) {

	/** 100 ms, 10 s, and no other schema. */
	public static final CatalogSettings DEFAULTS = new CatalogSettings(Duration.ofMillis(100), Duration.ofSeconds(10),
			List.of());

	/**
	 * Checks that all are there, and copies the schemas.
	 * @param maxWait the longest wait
	 * @param refreshInterval the interval
	 * @param schemas the other schemas
	 */
	public CatalogSettings {
		Objects.requireNonNull(maxWait, "maxWait");
		Objects.requireNonNull(refreshInterval, "refreshInterval");
		schemas = List.copyOf(schemas);
	}

}
