package io.github.rootcause;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import io.github.rootcause.catalog.LiveCatalog;
import io.github.rootcause.catalog.R2dbcCatalogReader;
import io.r2dbc.spi.ConnectionFactory;

/**
 * The entry point for reactive applications: a {@link Resolver} over an R2DBC {@link ConnectionFactory}.
 * {@link RootCause#of(Throwable)} itself reads R2DBC exceptions ({@code io.r2dbc.spi.R2dbcException}) as it reads
 * JDBC ones, and needs nothing from here.
 *
 * <pre class="code">
 * Resolver resolver = R2dbcRootCause.resolver(connectionFactory);
 * Mono.fromCompletionStage(resolver.readCatalog()).subscribe();  // at startup, optional
 * ...
 * .onErrorMap((ex) -&gt; resolver.resolve(ex).map(...).orElse(ex))
 * </pre>
 *
 * <p>Kept apart from {@link RootCause} so that nothing of R2DBC is loaded by an application without it.
 */
public final class R2dbcRootCause {

	private R2dbcRootCause() {
	}

	/**
	 * A resolver that fills what the database did not report from the catalog of the connection factory's
	 * database. The catalog is read once, without blocking any thread: resolving starts the read at the first
	 * violation and, until it is read, gives what the exception alone tells; {@link Resolver#readCatalog()} starts
	 * it earlier and tells when it is read.
	 * @param connectionFactory where to read the catalog from, with the same queries as over JDBC
	 * @return the resolver
	 */
	public static Resolver resolver(ConnectionFactory connectionFactory) {
		return resolver(catalog(connectionFactory, "connectionFactory", Resolver.DEFAULT_INTERVAL));
	}

	/**
	 * A resolver over the catalog of a connection factory made with its own name and interval; it never waits
	 * for the catalog.
	 * @param catalog the catalog, from {@link #catalog(ConnectionFactory, String, Duration)}
	 * @return the resolver
	 */
	public static Resolver resolver(LiveCatalog catalog) {
		return Resolver.of(catalog, Duration.ZERO);
	}

	/**
	 * The catalog of a connection factory, read without blocking any thread.
	 * @param connectionFactory where to read it, with the same queries as over JDBC
	 * @param name a name for log lines
	 * @param interval how long a failed or partial read, or a suspicion, waits before it is read again
	 * @return the catalog, not read yet
	 */
	public static LiveCatalog catalog(ConnectionFactory connectionFactory, String name, Duration interval) {
		return catalog(connectionFactory, name, interval, List.of());
	}

	/**
	 * The catalog of a connection factory, read without blocking any thread, for the default schema and the given
	 * ones (on PostgreSQL, MariaDB and MySQL; H2 is read whole).
	 * @param connectionFactory where to read it, with the same queries as over JDBC
	 * @param name a name for log lines
	 * @param interval how long a failed or partial read, or a suspicion, waits before it is read again
	 * @param schemas schemas to read besides the default one
	 * @return the catalog, not read yet
	 */
	public static LiveCatalog catalog(ConnectionFactory connectionFactory, String name, Duration interval,
			Collection<String> schemas) {
		Objects.requireNonNull(connectionFactory, "connectionFactory");
		return LiveCatalog.reading((read) -> R2dbcCatalogReader.read(connectionFactory, read).toFuture(), name,
				interval, schemas);
	}

}
