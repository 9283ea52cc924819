package io.github.rootcause;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.rootcause.dialect.Dialect;

/**
 * The entry point: reads which constraint a database write violated.
 *
 * <pre class="code">
 * try {
 *     customers.insert(customer);
 * }
 * catch (DataAccessException ex) {
 *     Optional&lt;Cause&gt; cause = RootCause.of(ex);
 *     if (cause.filter((c) -&gt; c.isUnique("email")).isPresent()) {
 *         return "email already registered";
 *     }
 *     throw ex;
 * }
 * </pre>
 *
 * <p>{@link #of(Throwable)} reads only what the exception carries and never touches the database.
 * {@link #resolver(DataSource)} gives a {@link Resolver} that also fills what the database left out from its
 * catalog, read once and cached.
 */
public final class RootCause {

	private RootCause() {
	}

	/**
	 * Reads the constraint violation behind a throwable. Walks causes, {@link SQLException#getNextException()}
	 * and suppressed exceptions down to the driver's exception, tells the database from it, and reads what the
	 * database reported. Never throws.
	 * @param throwable any throwable, such as a Spring {@code DataIntegrityViolationException}, a JPA
	 * {@code PersistenceException} or a driver's {@link SQLException}; may be {@code null}
	 * @return the cause, or empty when the throwable is not a constraint violation (syntax errors, deadlocks, lock
	 * timeouts, serialization failures, values too long, numeric overflow, lost connections, ...)
	 */
	public static Optional<Cause> of(Throwable throwable) {
		return read(throwable, null);
	}

	/**
	 * Reads the constraint violation behind a throwable with the dialect of a known database, for when the
	 * exception alone does not tell (a driver that throws plain {@code java.sql} exceptions, a pool that wraps
	 * them). See {@link Database#of(java.sql.DatabaseMetaData)}.
	 * @param throwable any throwable; may be {@code null}
	 * @param database the database that threw it
	 * @return the cause, or empty when the throwable is not a constraint violation
	 */
	public static Optional<Cause> of(Throwable throwable, Database database) {
		return read(throwable, Objects.requireNonNull(database, "database"));
	}

	/**
	 * A resolver that fills what the database did not report from the catalog of the given data source.
	 * @param dataSource where to read the catalog from, once, at the first constraint violation
	 * @return the resolver
	 */
	public static Resolver resolver(DataSource dataSource) {
		return Resolver.of(dataSource);
	}

	static Optional<Cause> read(Throwable throwable, Database pinned) {
		Cause best = null;
		Database bestDatabase = null;
		int bestScore = -1;
		List<SQLException> candidates = Chain.sqlExceptions(throwable);
		for (SQLException candidate : candidates) {
			Database database = (pinned != null) ? pinned : Dialect.detect(candidate).orElse(null);
			Dialect dialect = (database != null) ? Dialect.of(database) : Dialect.standard();
			Cause cause = readSafely(dialect, candidate);
			if (cause != null) {
				int score = score(cause);
				if (score > bestScore) {
					best = cause;
					bestDatabase = database;
					bestScore = score;
				}
			}
		}
		// The database is added once, to the cause that wins.
		return Optional.ofNullable((bestDatabase != null) ? best.withDatabase(bestDatabase) : best);
	}

	private static Cause readSafely(Dialect dialect, SQLException exception) {
		try {
			return dialect.read(exception).orElse(null);
		}
		catch (RuntimeException | StackOverflowError ex) {
			// A dialect must never throw; if one does, this exception tells nothing more.
			return null;
		}
	}

	/** How much a cause tells: a batch's summary exception loses to the driver's own, which names more. */
	private static int score(Cause cause) {
		return (cause.constraint().isPresent() ? 4 : 0) + (cause.table().isPresent() ? 2 : 0)
				+ (cause.columns().isEmpty() ? 0 : 1) + (cause.reference().isPresent() ? 1 : 0);
	}

}
