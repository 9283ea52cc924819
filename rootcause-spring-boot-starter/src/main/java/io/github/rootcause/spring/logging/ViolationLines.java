package io.github.rootcause.spring.logging;

import org.jspecify.annotations.Nullable;

import io.github.rootcause.spring.jdbc.ConstraintViolation;

/**
 * Which of the lines that Hibernate and MariaDB Connector/J log for a failed statement are about a constraint
 * violation (SQLState class 23), and so hold the database's message with the row's values: the one decision behind
 * {@link ViolationLogFilter} (Logback) and {@link Log4j2ViolationLogFilter} (Log4j 2), which only hand it what
 * their logging system knows of a line.
 * <ul>
 * <li>MariaDB Connector/J: {@code Error: 1062-23000: ...} names the SQLState after the vendor code.</li>
 * <li>Hibernate: {@code SQLState: 23505} on one line, the database's message on the next, on the same thread; after
 * a dropped SQLState line, that thread's next line from the same loggers is dropped too.</li>
 * <li>Spring Batch's chunk-oriented step: a line with a failure that holds one of rootcause's typed exceptions
 * ({@code ERROR Rolling back chunk transaction} before each chunk scan up to Spring Batch 6.0.4; {@code Failed to
 * write item: <item>} when a violation is not skipped), whose stack trace holds the database's message and the SQL
 * with its values; rootcause's skip listener logs the skipped item by names.</li>
 * </ul>
 * A logger at DEBUG or finer keeps all its lines, and so does every other logger and every other SQLState. One
 * instance per filter: the state of "the message follows" is per thread.
 */
final class ViolationLines {

	/** Hibernate 7: {@code HHH000247: ErrorCode: 0, SQLState: 23505}, then the message. */
	private static final String HIBERNATE_7 = "org.hibernate.orm.jdbc.error";

	/** Hibernate 6: {@code SQL Error: 0, SQLState: 23505}, then the message. */
	private static final String HIBERNATE_6 = "org.hibernate.engine.jdbc.spi.SqlExceptionHelper";

	/** MariaDB Connector/J 3: {@code Error: 1062-23000: Duplicate entry ...}. */
	private static final String MARIADB = "org.mariadb.jdbc.message.server.ErrorPacket";

	/** Spring Batch 6: the chunk-oriented step, which logs the failures of chunks with their stack traces. */
	private static final String BATCH_CHUNK_STEP = "org.springframework.batch.core.step.item.ChunkOrientedStep";

	private static final String SQL_STATE = "SQLState: ";

	private final ThreadLocal<Boolean> messageFollows = new ThreadLocal<>();

	/**
	 * Whether the lines of a logger are ever dropped: the cheap test to make before a message is formatted.
	 * @param loggerName the logger's name
	 * @return {@code true} for Hibernate's and MariaDB Connector/J's loggers of failed statements
	 */
	static boolean watches(String loggerName) {
		return isHibernate(loggerName) || loggerName.equals(MARIADB) || loggerName.equals(BATCH_CHUNK_STEP);
	}

	/**
	 * Whether to drop a line that carries a failure.
	 * @param loggerName the logger's name
	 * @param debug whether the logger is at DEBUG or finer, where every line is kept
	 * @param message the formatted message, or {@code null} when the line has none
	 * @param failure the line's failure, or {@code null}
	 * @return {@code true} to drop the line
	 */
	boolean drops(String loggerName, boolean debug, @Nullable String message, @Nullable Throwable failure) {
		if (loggerName.equals(BATCH_CHUNK_STEP)) {
			return !debug && holdsViolation(failure);
		}
		return drops(loggerName, debug, message);
	}

	/**
	 * Whether to drop a line.
	 * @param loggerName the logger's name
	 * @param debug whether the logger is at DEBUG or finer, where every line is kept
	 * @param message the formatted message, or {@code null} when the line has none
	 * @return {@code true} to drop the line
	 */
	boolean drops(String loggerName, boolean debug, @Nullable String message) {
		if (message == null || debug || !watches(loggerName)) {
			return false;
		}
		if (!isHibernate(loggerName)) {
			return isViolation(mariaDbState(message));
		}
		int state = message.lastIndexOf(SQL_STATE);
		if (state >= 0) {
			if (isViolation(message.substring(state + SQL_STATE.length()))) {
				this.messageFollows.set(Boolean.TRUE);
				return true;
			}
			this.messageFollows.remove();
			return false;
		}
		if (this.messageFollows.get() != null) {
			this.messageFollows.remove();
			return true;
		}
		return false;
	}

	/** Whether one of rootcause's typed exceptions is in a failure's chain, at most 64 deep. */
	private static boolean holdsViolation(@Nullable Throwable failure) {
		Throwable current = failure;
		for (int depth = 0; current != null && depth < 64; depth++) {
			if (current instanceof ConstraintViolation) {
				return true;
			}
			current = current.getCause();
		}
		return false;
	}

	private static boolean isHibernate(String loggerName) {
		return loggerName.equals(HIBERNATE_7) || loggerName.equals(HIBERNATE_6);
	}

	/** The SQLState of {@code Error: 1062-23000: ...}, or {@code null}. */
	private static @Nullable String mariaDbState(String message) {
		int dash = message.startsWith("Error: ") ? message.indexOf('-') : -1;
		return (dash > 0 && dash < 20) ? message.substring(dash + 1) : null;
	}

	private static boolean isViolation(@Nullable String sqlState) {
		return sqlState != null && sqlState.startsWith("23");
	}

}
