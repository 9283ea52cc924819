package io.github.rootcause.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.Statement;

import com.microsoft.sqlserver.jdbc.SQLServerError;
import com.microsoft.sqlserver.jdbc.SQLServerException;
import oracle.jdbc.OracleDatabaseException;
import oracle.jdbc.driver.DatabaseError;

/**
 * Builds exceptions the way the drivers of the databases with no server here build them, through the drivers'
 * own factories and constructors, from recorded (documented) server errors.
 */
public final class DriverExceptions {

	private DriverExceptions() {
	}

	/**
	 * What ojdbc 23 throws for a server error, built as {@code T4CTTIoer11.processError} builds it: the exception
	 * {@code DatabaseError.createSqlException} makes for the ORA number, with an {@code OracleDatabaseException}
	 * as its cause; the message ends with the help link ojdbc 23 appends.
	 * @param code the ORA number
	 * @param text the server's text, starting with {@code ORA-nnnnn:}
	 * @return the driver's exception
	 */
	public static SQLException oracle(int code, String text) {
		String message = text + "\n\nhttps://docs.oracle.com/error-help/db/ora-" + String.format("%05d", code) + "/";
		return oracleWithMessage(code, message);
	}

	/**
	 * What ojdbc throws, with exactly the given message (older drivers add no help link).
	 * @param code the ORA number
	 * @param message the whole message
	 * @return the driver's exception
	 */
	public static SQLException oracleWithMessage(int code, String message) {
		String sql = "insert into t values (?)";
		SQLException exception = DatabaseError.createSqlException(null, message, code);
		exception.initCause(new OracleDatabaseException(12, code, message, sql, sql, false));
		return exception;
	}

	/**
	 * What mssql-jdbc throws for a server error: the {@link SQLServerException} its
	 * {@code SQLServerException.makeFromDatabaseError} makes from the {@link SQLServerError} the driver reads from
	 * the TDS stream (both package-private there, so reached by reflection).
	 * @param number the error number
	 * @param message the server's message, as {@code sys.messages} formats it
	 * @return the driver's exception
	 */
	public static SQLException sqlServer(int number, String message) {
		try {
			Constructor<SQLServerError> constructor = SQLServerError.class.getDeclaredConstructor();
			constructor.setAccessible(true);
			SQLServerError error = constructor.newInstance();
			error.setErrorNumber(number);
			error.setErrorMessage(message);
			error.setErrorSeverity(16);
			Method make = SQLServerException.class.getDeclaredMethod("makeFromDatabaseError",
					Class.forName("com.microsoft.sqlserver.jdbc.SQLServerConnection"), Object.class, String.class,
					SQLServerError.class, boolean.class);
			make.setAccessible(true);
			make.invoke(null, null, null, message, error, false);
			throw new IllegalStateException("makeFromDatabaseError did not throw");
		}
		catch (InvocationTargetException ex) {
			return (SQLServerException) ex.getCause();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What mssql-jdbc's {@code SQLServerPreparedStatement.executeBatch} throws when one statement of a batch
	 * fails: a plain {@link BatchUpdateException} with the failed statement's message, SQLState and error number
	 * and no cause, so only its stack tells the driver; the stack is the driver's frame.
	 * @param number the error number
	 * @param message the server's message
	 * @return the driver's batch exception
	 */
	public static BatchUpdateException sqlServerBatch(int number, String message) {
		SQLException failed = sqlServer(number, message);
		BatchUpdateException batch = new BatchUpdateException(failed.getMessage(), failed.getSQLState(),
				failed.getErrorCode(), new int[] { 1, Statement.EXECUTE_FAILED });
		batch.setStackTrace(new StackTraceElement[] {
				new StackTraceElement("com.microsoft.sqlserver.jdbc.SQLServerPreparedStatement", "executeBatch",
						"SQLServerPreparedStatement.java", 2236),
				new StackTraceElement("com.example.Repository", "saveAll", "Repository.java", 42) });
		return batch;
	}

	/**
	 * What the Db2 JCC driver throws for a server error: the SQLCA the driver reads from the DRDA stream
	 * ({@code T4Sqlca}), turned into an exception by the driver's own factory ({@code am.b5}), which picks the
	 * exception class from the SQLState.
	 * @param sqlCode the SQLCODE
	 * @param sqlState the SQLState
	 * @param tokens the SQLERRMC tokens
	 * @return the driver's exception
	 */
	public static SQLException db2(int sqlCode, String sqlState, String... tokens) {
		try {
			Class<?> connection = Class.forName("com.ibm.db2.jcc.am.Connection");
			Class<?> t4Sqlca = Class.forName("com.ibm.db2.jcc.t4.T4Sqlca");
			Constructor<?> constructor = t4Sqlca.getDeclaredConstructor(connection, int.class, byte[].class,
					byte[].class, int.class);
			constructor.setAccessible(true);
			Object sqlca = constructor.newInstance(null, sqlCode, sqlState.getBytes(StandardCharsets.US_ASCII),
					"SQLRIEXT".getBytes(StandardCharsets.US_ASCII), 1208);
			t4Sqlca.getMethod("setSqlerrmcTokens", String[].class).invoke(sqlca, (Object) tokens);
			Method factory = Class.forName("com.ibm.db2.jcc.am.b5")
				.getMethod("a", Object.class, Class.forName("com.ibm.db2.jcc.am.c6"),
						Class.forName("com.ibm.db2.jcc.am.Sqlca"));
			return (SQLException) factory.invoke(null, null, null, sqlca);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
