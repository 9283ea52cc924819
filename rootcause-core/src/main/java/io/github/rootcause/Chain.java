package io.github.rootcause;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Finds the {@link SQLException}s behind a throwable: through causes, {@link SQLException#getNextException()}
 * (JDBC batches) and suppressed exceptions, each visited once, at most {@value #LIMIT} in all, so a cyclic or
 * endless chain cannot hang the caller.
 */
final class Chain {

	static final int LIMIT = 64;

	private Chain() {
	}

	/**
	 * The SQL exceptions reachable from the throwable, nearest first.
	 * @param throwable where to start, may be {@code null}
	 * @return the SQL exceptions found
	 */
	static List<SQLException> sqlExceptions(Throwable throwable) {
		if (throwable == null) {
			return List.of();
		}
		List<SQLException> found = new ArrayList<>(4);
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> queue = new ArrayDeque<>();
		queue.add(throwable);
		while (!queue.isEmpty() && seen.size() < LIMIT) {
			Throwable current = queue.poll();
			if (!seen.add(current)) {
				continue;
			}
			if (current instanceof SQLException sql) {
				found.add(sql);
				offer(queue, next(sql));
			}
			offer(queue, current.getCause());
			for (Throwable suppressed : current.getSuppressed()) {
				offer(queue, suppressed);
			}
		}
		return found;
	}

	private static void offer(Deque<Throwable> queue, Throwable throwable) {
		if (throwable != null) {
			queue.add(throwable);
		}
	}

	private static SQLException next(SQLException exception) {
		try {
			return exception.getNextException();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
