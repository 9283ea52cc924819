package io.github.rootcause.spring.r2dbc;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessException;
import org.springframework.r2dbc.core.DatabaseClient;

import io.github.rootcause.Cause;
import io.github.rootcause.R2dbcRootCause;
import io.github.rootcause.RootCause;
import io.github.rootcause.Resolver;
import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.LiveCatalog;
import io.github.rootcause.spring.jdbc.ConstraintViolation;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * One {@link Resolver} per R2DBC {@link ConnectionFactory}, each reading its own catalog without blocking, all
 * sharing the application's entity model and violation readers through {@link DataSourceResolvers}: the R2DBC
 * counterpart of its per-{@code DataSource} resolvers, spelling names as they do.
 */
public final class ConnectionFactoryResolvers {

	private final Map<ConnectionFactory, Resolver> resolvers = new ConcurrentHashMap<>();

	private final DataSourceResolvers shared;

	/**
	 * Creates the resolvers.
	 * @param shared the application's resolvers, whose entity model and violation readers these share
	 */
	public ConnectionFactoryResolvers(DataSourceResolvers shared) {
		this.shared = Objects.requireNonNull(shared, "shared");
	}

	/**
	 * The resolver of a connection factory, created on first use; its catalog is read at the first violation or
	 * at {@link #readCatalogs()}.
	 * @param connectionFactory the connection factory
	 * @return its resolver
	 */
	public Resolver resolver(ConnectionFactory connectionFactory) {
		return this.resolvers.computeIfAbsent(connectionFactory, (key) -> {
			LiveCatalog catalog = R2dbcRootCause.catalog(key, "connectionFactory",
					this.shared.settings().refreshInterval(), this.shared.settings().schemas());
			this.shared.register(catalog);
			return R2dbcRootCause.resolver(catalog).withModel(this.shared.model()).withNaming(this.shared.naming());
		});
	}

	/**
	 * A client that signals the typed constraint violation exceptions from every {@code Mono} and {@code Flux} it
	 * and its specs return, resolved against the catalog of its connection factory: for a client built by hand
	 * (Spring Boot's own is wrapped already).
	 * @param client the client
	 * @return the wrapping client; the client itself when it is already one
	 */
	public DatabaseClient translating(DatabaseClient client) {
		resolver(client.getConnectionFactory());
		return ViolationDatabaseClient.wrap(client, this);
	}

	/**
	 * Starts reading the catalog of every connection factory known so far, without waiting for any.
	 */
	public void readCatalogs() {
		this.resolvers.values().forEach(Resolver::readCatalog);
	}

	/**
	 * The typed exception for a failure, as {@link #translate(ConnectionFactory, Throwable)} makes it, once the
	 * connection factory's catalog is read: a violation that comes before the catalog waits for its first read
	 * (without blocking, and at most {@link io.github.rootcause.spring.jdbc.CatalogSettings#maxWait()}), so that it is
	 * resolved as fully as every later one. Anything that is no violation never waits.
	 * @param connectionFactory where the failure came from
	 * @param failure what was signalled
	 * @return the typed exception, or the failure itself
	 */
	public Mono<Throwable> translateWhenRead(ConnectionFactory connectionFactory, Throwable failure) {
		if (failure instanceof ConstraintViolation
				|| !(failure instanceof DataAccessException || failure instanceof R2dbcException)
				|| RootCause.of(failure).isEmpty()) {
			return Mono.just(failure);
		}
		return Mono.fromFuture(resolver(connectionFactory).readCatalog().toCompletableFuture(), true)
			.timeout(this.shared.settings().maxWait(), Mono.just(Catalog.empty()))
			.map((catalog) -> translate(connectionFactory, failure));
	}

	/**
	 * The typed exception for a failure signalled by Spring's R2DBC support: a {@link DataAccessException} or an
	 * {@link R2dbcException} that is a constraint violation becomes a {@link ConstraintViolation} exception with the
	 * same message, whose cause is the driver's exception; anything else is returned as it is.
	 * @param connectionFactory where the failure came from
	 * @param failure what was signalled
	 * @return the typed exception, or the failure itself
	 */
	public Throwable translate(ConnectionFactory connectionFactory, Throwable failure) {
		if (failure instanceof ConstraintViolation
				|| !(failure instanceof DataAccessException || failure instanceof R2dbcException)) {
			return failure;
		}
		Optional<Cause> cause = this.shared.resolve(resolver(connectionFactory), failure);
		if (cause.isEmpty()) {
			return failure;
		}
		Throwable driver = DataSourceResolvers.inChain(failure, R2dbcException.class::isInstance).orElse(failure);
		String message = (failure.getMessage() != null) ? failure.getMessage() : cause.get().kind().toString();
		return ConstraintViolation.of(message, cause.get(), driver);
	}

}
