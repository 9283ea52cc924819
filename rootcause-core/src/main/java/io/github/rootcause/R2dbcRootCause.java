package io.github.rootcause;

import java.util.Objects;

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
		Objects.requireNonNull(connectionFactory, "connectionFactory");
		return Resolver.nonBlocking(() -> R2dbcCatalogReader.read(connectionFactory).toFuture());
	}

}
