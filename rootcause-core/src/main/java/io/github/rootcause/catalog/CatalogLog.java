package io.github.rootcause.catalog;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What a {@link LiveCatalog} logs: each trouble (a read that failed, in whole or in part) once at WARN, and its end
 * (a full read after one) once at INFO; nothing for a catalog that is fine. Lines name the catalog, what it lacks
 * and the error's class and SQLState, never the error's message, which may name hosts, users or values. Logged
 * through {@link System.Logger} (java.util.logging unless the application routes it elsewhere; Spring Boot bridges
 * it to its logging system).
 */
final class CatalogLog {

	private static final System.Logger logger = System.getLogger(LiveCatalog.class.getName());

	private final String name;

	private final String again;

	/** The trouble last logged, {@code null} while the catalog is fine. */
	private String trouble;

	CatalogLog(String name, Duration interval) {
		this.name = name;
		this.again = " Answers lack what it would tell until it is read again, at the first violation after "
				+ ((interval.toSeconds() > 0) ? interval.toSeconds() + " s." : interval.toMillis() + " ms.");
	}

	/**
	 * What to log of a catalog's new state; the caller runs it once it has let go of the catalog's lock.
	 * @param state the state after a read
	 * @return the logging to do, perhaps nothing
	 */
	Runnable next(CatalogState state) {
		String now = trouble(state);
		String before = this.trouble;
		this.trouble = now;
		if (now == null) {
			return (before == null) ? () -> { } : () -> logger.log(Level.INFO, "The catalog of " + this.name
					+ " was read in full (" + state.constraints() + " constraints).");
		}
		return now.equals(before) ? () -> { } : () -> logger.log(Level.WARNING, now);
	}

	/** What is wrong with a state; {@code null} when nothing is. */
	private String trouble(CatalogState state) {
		if (state.failure() != null && state.status() == CatalogState.Status.NOT_READ) {
			return "The catalog of " + this.name + " could not be read (" + state.failure() + ")." + this.again;
		}
		if (state.failure() != null) {
			return "The catalog of " + this.name + " could not be read again (" + state.failure()
					+ "); the one read at " + state.readAt() + " still answers.";
		}
		if (state.status() == CatalogState.Status.PARTIAL) {
			return "The catalog of " + this.name + " was read without " + String.join(", ", state.missing())
					+ " (a query of the catalog failed)." + this.again;
		}
		return null;
	}

	/**
	 * Logs at DEBUG that a violation made the catalog be read again.
	 * @param name the catalog's name
	 */
	static void suspected(String name) {
		logger.log(Level.DEBUG, () -> "Reading the catalog of " + name
				+ " again: a violation named a constraint it lacks or has with other columns");
	}

	/**
	 * A failed read's error as its class and SQLState, never its message, which may name hosts or users.
	 * @param failure the error, perhaps wrapped in a {@link CompletionException}; {@code null} for a read that gave
	 * no catalog
	 * @return the description
	 */
	static String failure(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause == null) {
			return "no catalog";
		}
		String sqlState = (cause instanceof SQLException sql) ? sql.getSQLState() : sqlState(cause);
		return cause.getClass().getName() + ((sqlState != null) ? ", SQLState " + sqlState : "");
	}

	/** An R2DBC exception's SQLState, read without loading R2DBC's classes where it is absent. */
	private static String sqlState(Throwable failure) {
		try {
			Object state = failure.getClass().getMethod("getSqlState").invoke(failure);
			return (state instanceof String text) ? text : null;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

}
