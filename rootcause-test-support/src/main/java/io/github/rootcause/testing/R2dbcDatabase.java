package io.github.rootcause.testing;

import java.time.Duration;
import java.util.function.Function;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.R2dbcException;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A {@link DatabaseFixture}'s database over R2DBC, from {@link DatabaseFixture#r2dbc()}: its URL (for a Spring Boot
 * test's {@code spring.r2dbc.url}), a connection factory, and the exception a statement throws.
 *
 * @param url the R2DBC URL, without the credentials
 * @param user the user to connect as, possibly empty
 * @param password the password, possibly empty
 */
public record R2dbcDatabase(String url, String user, String password) {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/**
	 * A new connection factory for this database, unpooled.
	 * @return the connection factory
	 */
	public ConnectionFactory connectionFactory() {
		ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse(this.url).mutate();
		if (!this.user.isEmpty()) {
			options.option(ConnectionFactoryOptions.USER, this.user);
		}
		if (!this.password.isEmpty()) {
			options.option(ConnectionFactoryOptions.PASSWORD, this.password);
		}
		return ConnectionFactories.get(options.build());
	}

	/**
	 * Runs the statements in order on one connection and returns the exception the last one throws.
	 * @param statements SQL statements, all but the last expected to succeed
	 * @return what the driver threw for the last statement
	 * @throws AssertionError when the last statement succeeds, or an earlier one fails
	 */
	public R2dbcException violation(String... statements) {
		return violation((connection) -> Flux.fromArray(statements)
			.concatMap((sql) -> Flux.from(connection.createStatement(sql).execute())
				.concatMap((result) -> result.getRowsUpdated())));
	}

	/**
	 * Runs the work on one connection, closed afterwards, and returns the R2DBC exception it ended with.
	 * @param work what to do with the connection
	 * @return what the work signalled
	 * @throws AssertionError when the work completes, or fails with something else
	 */
	public R2dbcException violation(Function<Connection, Publisher<?>> work) {
		Throwable failure = Mono
			.usingWhen(Mono.from(connectionFactory().create()), (connection) -> Flux.from(work.apply(connection)).then(),
					Connection::close)
			.then(Mono.<Throwable>empty())
			.onErrorResume(Mono::just)
			.block(TIMEOUT);
		if (failure instanceof R2dbcException r2dbc) {
			return r2dbc;
		}
		throw new AssertionError("Expected an R2DBC violation at " + this.url + " but got " + failure, failure);
	}

}
