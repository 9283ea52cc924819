package io.github.rootcause.spring.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;

/**
 * The race-free pattern: attempt a write behind a savepoint and get the violated constraint back instead of an
 * exception, so a caught violation does not poison the surrounding transaction (on PostgreSQL, every later
 * statement of a transaction fails once one has failed, unless it was rolled back to a savepoint).
 *
 * <pre class="code">
 * Optional&lt;Cause&gt; violation = guard.attempt(() -&gt; jdbc.update("insert into tag (name) values (?)", name));
 * long id = guard.createOrGet(() -&gt; insertTag(name), () -&gt; findTagId(name));
 * </pre>
 *
 * <p>{@link #createOrGet} replaces check-then-insert, which races: two requests both find nothing and both insert.
 *
 * <p>In a transaction, the savepoint is set on the transaction's JDBC connection, which works under a
 * {@code DataSourceTransactionManager} and under a {@code JpaTransactionManager} alike (Spring's Hibernate JPA
 * dialect offers no savepoints of its own). Without a transaction, each attempt runs in a transaction of its own.
 * Write with JdbcTemplate, JdbcClient or Spring Data JDBC in an attempt: JPA keeps a failed entity in its
 * persistence context, and under a {@code JpaTransactionManager} a failing {@code @Transactional} method marks the
 * whole transaction rollback-only, which no savepoint undoes.
 *
 * <p>As a bean, it publishes a {@link ViolationEvent} without a status for each violation it recovers from.
 */
public final class ViolationGuard implements ApplicationEventPublisherAware {

	private final TransactionTemplate transaction;

	private final DataSource dataSource;

	private final DataSourceResolvers resolvers;

	private @Nullable ApplicationEventPublisher events;

	/**
	 * Creates a guard.
	 * @param transactionManager the transaction manager for attempts made outside a transaction
	 * @param dataSource the data source the writes go to
	 * @param resolvers resolves the violation behind an exception
	 */
	public ViolationGuard(PlatformTransactionManager transactionManager, DataSource dataSource,
			DataSourceResolvers resolvers) {
		this.transaction = new TransactionTemplate(transactionManager);
		this.dataSource = dataSource;
		this.resolvers = resolvers;
	}

	/**
	 * Runs the work behind a savepoint; on a constraint violation, rolls back to the savepoint and returns the
	 * violation. Other exceptions propagate.
	 * @param work the write
	 * @return the violation, or empty when the work succeeded
	 */
	public Optional<Cause> attempt(Runnable work) {
		try {
			inSavepoint(() -> {
				work.run();
				return null;
			});
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			Optional<Cause> cause = this.resolvers.resolve(ex);
			if (cause.isEmpty()) {
				throw ex;
			}
			recovered(cause.get());
			return cause;
		}
	}

	/**
	 * Creates a row behind a savepoint; on a unique violation, rolls back to the savepoint and reads the row that
	 * exists instead.
	 * @param <T> the row's type
	 * @param create the insert, returning what it created
	 * @param find reads the existing row
	 * @return the created row, or the existing one
	 * @throws RuntimeException the violation's exception when it is not a unique violation, or when the existing
	 * row cannot be found
	 */
	public <T> T createOrGet(Supplier<T> create, Supplier<Optional<T>> find) {
		try {
			return inSavepoint(create);
		}
		catch (RuntimeException ex) {
			Optional<Cause> cause = this.resolvers.resolve(ex);
			if (cause.isEmpty() || cause.get().kind() != Kind.UNIQUE) {
				throw ex;
			}
			T existing = find.get().orElseThrow(() -> ex);
			recovered(cause.get());
			return existing;
		}
	}

	@Override
	public void setApplicationEventPublisher(ApplicationEventPublisher events) {
		this.events = events;
	}

	private void recovered(Cause cause) {
		if (this.events != null) {
			this.events.publishEvent(new ViolationEvent(cause, OptionalInt.empty()));
		}
	}

	private <T> T inSavepoint(Supplier<T> work) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.transaction.execute((status) -> work.get());
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			Savepoint savepoint = connection.setSavepoint();
			try {
				T result = work.get();
				connection.releaseSavepoint(savepoint);
				return result;
			}
			catch (RuntimeException | Error ex) {
				connection.rollback(savepoint);
				connection.releaseSavepoint(savepoint);
				// A participating @Transactional method that failed marked the connection rollback-only.
				Object holder = TransactionSynchronizationManager.getResource(this.dataSource);
				if (holder instanceof ResourceHolderSupport resourceHolder) {
					resourceHolder.resetRollbackOnly();
				}
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new TransactionSystemException("Could not use a savepoint", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

}
