package io.github.rootcause.spring.jdbc;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.util.ClassUtils;

/**
 * The statement that failed, as the exceptions of a chain carry it, for an exception that did not pass through a
 * translator that knew it. Asked in chain order, the first that tells wins:
 * <ul>
 * <li>{@link UncategorizedSQLException#getSql()} and {@link BadSqlGrammarException#getSql()};
 * <li>the message Spring's translators build (JDBC's and R2DBC's), {@code task; SQL [statement]; database message},
 * and jOOQ's, {@code SQL [statement]; database message};
 * <li>the line MyBatis adds to its messages, {@code ### SQL: statement};
 * <li>the end of H2's own messages, {@code ...; SQL statement:\nstatement [23502-232]}, which tells the statement
 * where Spring was not told it ({@code SimpleJdbcInsert}).
 * </ul>
 * Each message is searched once from its start, so a huge message costs a linear scan and nothing more.
 */
final class FailedSql {

	private static final String SPRING = "SQL [";

	private static final String SPRING_END = "]; ";

	private static final String MYBATIS = "### SQL: ";

	private static final String H2 = "; SQL statement:\n";

	/** Whether spring-jdbc is on the class path: a reactive application may have Spring's R2DBC support alone. */
	private static final boolean SPRING_JDBC_PRESENT = ClassUtils.isPresent(
			"org.springframework.jdbc.UncategorizedSQLException", FailedSql.class.getClassLoader());

	private FailedSql() {
	}

	/**
	 * The failed statement behind a throwable.
	 * @param throwable any throwable; may be {@code null}
	 * @return the statement, or {@code null} when no exception of the chain tells it
	 */
	static @Nullable String of(@Nullable Throwable throwable) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable current = throwable; current != null && seen.add(current); current = current.getCause()) {
			String sql = carried(current);
			if (sql != null) {
				return sql;
			}
		}
		return null;
	}

	private static @Nullable String carried(Throwable throwable) {
		String sql = SPRING_JDBC_PRESENT ? jdbcCarried(throwable) : null;
		if (sql != null) {
			return sql;
		}
		String message = throwable.getMessage();
		if (message == null) {
			return null;
		}
		sql = springStyle(message, throwable.getCause());
		if (sql == null) {
			sql = myBatisStyle(message);
		}
		return (sql != null) ? sql : h2Style(message);
	}

	private static @Nullable String jdbcCarried(Throwable throwable) {
		if (throwable instanceof UncategorizedSQLException uncategorized && uncategorized.getSql() != null) {
			return uncategorized.getSql();
		}
		if (throwable instanceof BadSqlGrammarException grammar) {
			return grammar.getSql();
		}
		return null;
	}

	/**
	 * The statement in {@code task; SQL [statement]; database message} or {@code SQL [statement]; ...}. The
	 * statement ends where the cause's own message starts, when the message ends with it; else at the last
	 * {@code "]; "}.
	 */
	private static @Nullable String springStyle(String message, @Nullable Throwable cause) {
		int start = message.startsWith(SPRING) ? 0 : message.indexOf("; " + SPRING);
		if (start < 0) {
			return null;
		}
		start += (start == 0) ? SPRING.length() : SPRING.length() + 2;
		String causeMessage = (cause != null) ? cause.getMessage() : null;
		int end = -1;
		if (causeMessage != null && message.endsWith(causeMessage)
				&& message.startsWith(SPRING_END, message.length() - causeMessage.length() - SPRING_END.length())) {
			end = message.length() - causeMessage.length() - SPRING_END.length();
		}
		if (end < start) {
			end = message.lastIndexOf(SPRING_END);
		}
		return (end > start) ? message.substring(start, end) : null;
	}

	/** The statement on MyBatis's {@code ### SQL: } line, which MyBatis writes on one line. */
	private static @Nullable String myBatisStyle(String message) {
		int start = message.indexOf(MYBATIS);
		if (start < 0) {
			return null;
		}
		start += MYBATIS.length();
		int end = message.indexOf('\n', start);
		String sql = message.substring(start, (end < 0) ? message.length() : end).strip();
		return sql.isEmpty() ? null : sql;
	}

	/** The statement after H2's {@code SQL statement:} line, without the {@code [code-build]} at its end. */
	private static @Nullable String h2Style(String message) {
		int start = message.indexOf(H2);
		if (start < 0) {
			return null;
		}
		start += H2.length();
		int end = message.endsWith("]") ? message.lastIndexOf(" [") : message.length();
		String sql = message.substring(start, Math.max(start, end)).strip();
		return sql.isEmpty() ? null : sql;
	}

}
