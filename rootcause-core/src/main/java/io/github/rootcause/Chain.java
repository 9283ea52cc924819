package io.github.rootcause;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@link SQLException}s behind a throwable: through causes, {@link SQLException#getNextException()}
 * (JDBC batches) and suppressed exceptions; an R2DBC {@code R2dbcException} counts as the SQL exception that
 * carries its message, SQLState and error code (see {@link R2dbcErrors}). Each is visited once, at most
 * {@value #LIMIT} in all, so a cyclic or endless chain cannot hang the caller.
 *
 * <p>A chain is short (a wrapper or two around the driver's exception, along its causes), and that one is walked
 * without building anything. Any other is walked breadth first; the throwables met are kept in one list, in the
 * order they are visited, and a throwable is looked for in it by identity: no set or queue to build.
 */
final class Chain {

	static final int LIMIT = 64;

	/** Whether the R2DBC SPI is on this class's class path; only then is {@link R2dbcErrors} loaded. */
	private static final boolean R2DBC_PRESENT = isPresent("io.r2dbc.spi.R2dbcException");

	private Chain() {
	}

	/**
	 * The one SQL exception of the usual chain, without building anything to walk it: causes only, no suppressed
	 * exception, no next exception, no second SQL exception, at most {@value #LIMIT} long (so a cycle ends here
	 * too).
	 * @param throwable where to start, may be {@code null}
	 * @return the SQL exception, or {@code null} for any other chain, which {@link #walk} takes
	 */
	static SQLException only(Throwable throwable) {
		SQLException only = null;
		int length = 0;
		for (Throwable current = throwable; current != null; current = current.getCause()) {
			if (++length > LIMIT || current.getSuppressed().length > 0) {
				return null;
			}
			SQLException sql = null;
			if (current instanceof SQLException jdbc) {
				if (next(jdbc) != null) {
					return null;
				}
				sql = jdbc;
			}
			else if (R2DBC_PRESENT && current instanceof RuntimeException) {
				sql = R2dbcErrors.sqlException(current);
			}
			if (sql != null) {
				if (only != null) {
					return null;
				}
				only = sql;
			}
		}
		return only;
	}

	/**
	 * Every SQL exception reachable, nearest first (breadth first), each throwable visited once.
	 * @param throwable where to start, may be {@code null}
	 * @return the SQL exceptions found
	 */
	static List<SQLException> walk(Throwable throwable) {
		List<SQLException> found = new ArrayList<>(2);
		if (throwable == null) {
			return found;
		}
		List<Throwable> met = new ArrayList<>(4);
		met.add(throwable);
		for (int visited = 0; visited < met.size(); visited++) {
			Throwable current = met.get(visited);
			if (current instanceof SQLException sql) {
				found.add(sql);
				meet(met, next(sql));
			}
			else if (R2DBC_PRESENT && current instanceof RuntimeException) {
				SQLException r2dbc = R2dbcErrors.sqlException(current);
				if (r2dbc != null) {
					found.add(r2dbc);
				}
			}
			meet(met, current.getCause());
			for (Throwable suppressed : current.getSuppressed()) {
				meet(met, suppressed);
			}
		}
		return found;
	}

	/** Adds a throwable to visit, unless it is {@code null}, already met, or over the limit. */
	private static void meet(List<Throwable> met, Throwable throwable) {
		if (throwable == null || met.size() >= LIMIT) {
			return;
		}
		for (Throwable known : met) {
			if (known == throwable) {
				return;
			}
		}
		met.add(throwable);
	}

	private static SQLException next(SQLException exception) {
		try {
			return exception.getNextException();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static boolean isPresent(String className) {
		try {
			Class.forName(className, false, Chain.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

}
