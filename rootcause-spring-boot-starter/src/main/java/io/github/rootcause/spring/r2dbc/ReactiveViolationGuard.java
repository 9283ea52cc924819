package io.github.rootcause.spring.r2dbc;

import java.util.Optional;
import java.util.OptionalInt;

import io.r2dbc.spi.ConnectionFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.spring.jdbc.ConstraintViolation;
import io.github.rootcause.spring.jdbc.ViolationEvent;
import io.github.rootcause.spring.jdbc.ViolationGuard;

/**
 * {@link ViolationGuard}'s race-free pattern as reactive operators: attempt a write behind a savepoint and get the
 * violated constraint back instead of an error, so a caught violation does not poison the surrounding reactive
 * transaction (on PostgreSQL, every later statement of a transaction fails once one has failed, unless it was
 * rolled back to a savepoint).
 *
 * <pre class="code">
 * Mono&lt;Tag&gt; tag = guard.createOrGet(template.insert(new Tag(name)), tags.findByName(name));
 * Mono&lt;Optional&lt;Cause&gt;&gt; violation = guard.attempt(client.sql("insert ...").then());
 * </pre>
 *
 * <p>Each attempt runs as a nested transaction of the reactive transaction manager: inside a reactive transaction
 * ({@code @Transactional} or a {@code TransactionalOperator}), behind a savepoint of its connection, which
 * {@code R2dbcTransactionManager} sets and rolls back to; outside one, in a transaction of its own. Write through
 * the {@code DatabaseClient}, {@code R2dbcEntityTemplate} or Spring Data R2DBC repositories, which use the
 * transaction's connection.
 *
 * <p>As a bean, it publishes a {@link ViolationEvent} without a status for each violation it recovers from.
 */
public final class ReactiveViolationGuard implements ApplicationEventPublisherAware {

	private final TransactionalOperator nested;

	private final ConnectionFactory connectionFactory;

	private final ConnectionFactoryResolvers resolvers;

	private @Nullable ApplicationEventPublisher events;

	/**
	 * Creates a guard.
	 * @param transactionManager the reactive transaction manager of the connection factory
	 * @param connectionFactory the connection factory the writes go to
	 * @param resolvers resolves the violation behind an error
	 */
	public ReactiveViolationGuard(ReactiveTransactionManager transactionManager, ConnectionFactory connectionFactory,
			ConnectionFactoryResolvers resolvers) {
		this.nested = TransactionalOperator.create(transactionManager,
				new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED));
		this.connectionFactory = connectionFactory;
		this.resolvers = resolvers;
	}

	/**
	 * Runs the work behind a savepoint; on a constraint violation, rolls back to the savepoint and gives the
	 * violation. Other errors are signalled.
	 * @param work the write
	 * @return the violation, or empty when the work succeeded
	 */
	public Mono<Optional<Cause>> attempt(Mono<?> work) {
		return this.nested.transactional(work)
			.then(Mono.just(Optional.<Cause>empty()))
			.onErrorResume((ex) -> {
				Optional<Cause> cause = violation(ex);
				if (cause.isEmpty()) {
					return Mono.error(ex);
				}
				recovered(cause.get());
				return Mono.just(cause);
			});
	}

	/**
	 * Creates a row behind a savepoint; on a unique violation, rolls back to the savepoint and reads the row that
	 * exists instead.
	 * @param <T> the row's type
	 * @param create the insert, giving what it created
	 * @param find reads the existing row
	 * @return the created row, or the existing one; the violation's error when it is not a unique violation, or
	 * when the existing row cannot be found
	 */
	public <T> Mono<T> createOrGet(Mono<T> create, Mono<T> find) {
		return this.nested.transactional(create).onErrorResume((ex) -> {
			Optional<Cause> cause = violation(ex);
			if (cause.isEmpty() || cause.get().kind() != Kind.UNIQUE) {
				return Mono.error(ex);
			}
			return find.switchIfEmpty(Mono.error(ex)).doOnNext((existing) -> recovered(cause.get()));
		});
	}

	@Override
	public void setApplicationEventPublisher(ApplicationEventPublisher events) {
		this.events = events;
	}

	private Optional<Cause> violation(Throwable ex) {
		Throwable translated = this.resolvers.translate(this.connectionFactory, ex);
		return (translated instanceof ConstraintViolation violation)
				? Optional.of(violation.violation()) : Optional.empty();
	}

	private void recovered(Cause cause) {
		if (this.events != null) {
			this.events.publishEvent(new ViolationEvent(cause, OptionalInt.empty()));
		}
	}

}
