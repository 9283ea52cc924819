package io.github.rootcause;

import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.rootcause.catalog.LiveCatalog;
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
	 * @param dataSource where to read the catalog from: at the first constraint violation, or ahead of it with
	 * {@link Resolver#readCatalog()}
	 * @return the resolver
	 */
	public static Resolver resolver(DataSource dataSource) {
		return Resolver.of(dataSource);
	}

	/**
	 * A resolver over a catalog made with its own name and interval ({@link LiveCatalog#of}), which waits at most
	 * 100 ms for the catalog's first read (see {@link Resolver#withCatalogWait(java.time.Duration)}).
	 * @param catalog the catalog
	 * @return the resolver
	 */
	public static Resolver resolver(LiveCatalog catalog) {
		return Resolver.of(catalog, Resolver.DEFAULT_WAIT);
	}

	static Optional<Cause> read(Throwable throwable, Database pinned) {
		SQLException only = Chain.only(throwable);
		if (only != null) {
			return Optional.ofNullable(read(only, pinned));
		}
		Cause best = null;
		for (SQLException candidate : Chain.walk(throwable)) {
			Cause cause = read(candidate, pinned);
			if (cause != null && (best == null || cause.known() > best.known())) {
				best = cause;
			}
		}
		return Optional.ofNullable(best);
	}

	private static Cause read(SQLException exception, Database pinned) {
		return readSafely((pinned != null) ? Dialect.of(pinned) : Dialect.of(exception), exception);
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

}
