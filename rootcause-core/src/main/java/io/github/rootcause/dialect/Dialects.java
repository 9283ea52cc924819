package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.Optional;

import io.github.rootcause.Database;

/**
 * Picks the dialect for a database, and tells the database from an exception.
 */
final class Dialects {

	private static final int FRAMES_TO_LOOK_AT = 8;

	private static final String MARIADB_CONNECTION = "(conn=";

	private Dialects() {
	}

	static Dialect of(Database database) {
		return switch (database) {
			case POSTGRESQL -> PostgresDialect.INSTANCE;
			case MARIADB -> MySqlDialect.MARIADB;
			case MYSQL -> MySqlDialect.MYSQL;
			case ORACLE -> OracleDialect.INSTANCE;
			case SQL_SERVER -> SqlServerDialect.INSTANCE;
			case DB2 -> Db2Dialect.INSTANCE;
			case H2 -> H2Dialect.INSTANCE;
			case HSQLDB -> HsqldbDialect.INSTANCE;
			case DERBY -> DerbyDialect.INSTANCE;
			case SQLITE -> SqliteDialect.INSTANCE;
			case SPANNER -> SpannerDialect.INSTANCE;
		};
	}

	static Dialect of(SQLException exception) {
		Database database = database(exception);
		return (database != null) ? of(database) : StandardDialect.INSTANCE;
	}

	static Optional<Database> detect(SQLException exception) {
		return Optional.ofNullable(database(exception));
	}

	/** The database that threw the exception, or {@code null} when the exception does not tell. */
	private static Database database(SQLException exception) {
		Database database = fromClass(exception.getClass().getName());
		Throwable cause = exception.getCause();
		for (int depth = 0; database == null && cause != null && depth < 3; depth++) {
			database = fromClass(cause.getClass().getName());
			cause = cause.getCause();
		}
		if (database == null) {
			database = fromMessage(exception.getMessage());
		}
		if (database == null) {
			database = fromStack(exception.getStackTrace());
		}
		return database;
	}

	/**
	 * The database whose driver (JDBC or R2DBC, or embedded engine) owns the class.
	 * @param className a fully qualified class name
	 * @return the database, or {@code null}
	 */
	static Database fromClass(String className) {
		if (className.startsWith("java.") || className.startsWith("javax.")) {
			return null;
		}
		if (className.startsWith("org.postgresql.") || className.startsWith("io.r2dbc.postgresql.")
				|| className.startsWith("com.impossibl.postgres.")) {
			return Database.POSTGRESQL;
		}
		if (className.startsWith("org.mariadb.jdbc.") || className.startsWith("org.mariadb.r2dbc.")) {
			return Database.MARIADB;
		}
		if (className.startsWith("com.mysql.") || className.startsWith("io.asyncer.r2dbc.mysql.")) {
			return Database.MYSQL;
		}
		if (className.startsWith("oracle.")) {
			return Database.ORACLE;
		}
		if (className.startsWith("com.microsoft.sqlserver.") || className.startsWith("io.r2dbc.mssql.")
				|| className.startsWith("net.sourceforge.jtds.")) {
			return Database.SQL_SERVER;
		}
		if (className.startsWith("com.ibm.db2.") || className.startsWith("com.ibm.as400.")) {
			return Database.DB2;
		}
		if (className.startsWith("org.h2.") || className.startsWith("io.r2dbc.h2.")) {
			return Database.H2;
		}
		if (className.startsWith("org.hsqldb.")) {
			return Database.HSQLDB;
		}
		if (className.startsWith("org.apache.derby.")) {
			return Database.DERBY;
		}
		if (className.startsWith("org.sqlite.")) {
			return Database.SQLITE;
		}
		if (className.startsWith("com.google.cloud.spanner.")) {
			return Database.SPANNER;
		}
		return null;
	}

	private static Database fromMessage(String message) {
		if (message == null) {
			return null;
		}
		if (message.startsWith("ORA-")) {
			return Database.ORACLE;
		}
		if (message.startsWith("integrity constraint violation")) {
			return Database.HSQLDB;
		}
		if (message.startsWith("[SQLITE_")) {
			return Database.SQLITE;
		}
		if (message.startsWith("DB2 SQL Error")) {
			return Database.DB2;
		}
		if (afterMariaDbConnection(message) > 0) {
			return Database.MARIADB;
		}
		return null;
	}

	/**
	 * Where the text after the prefix MariaDB Connector/J starts every message of a connection's error with,
	 * {@code (conn=<thread id>) }, begins: its exceptions are plain {@code java.sql} ones, and the prefix tells them
	 * without copying their stack.
	 * @param message the message
	 * @return the index after the prefix, or 0 when the message does not start with one
	 */
	static int afterMariaDbConnection(String message) {
		if (!message.startsWith(MARIADB_CONNECTION)) {
			return 0;
		}
		int i = MARIADB_CONNECTION.length();
		while (i < message.length() && Character.isDigit(message.charAt(i))) {
			i++;
		}
		return (i > MARIADB_CONNECTION.length() && message.startsWith(") ", i)) ? i + 2 : 0;
	}

	private static Database fromStack(StackTraceElement[] stack) {
		for (int i = 0; i < Math.min(stack.length, FRAMES_TO_LOOK_AT); i++) {
			Database database = fromClass(stack[i].getClassName());
			if (database != null) {
				return database;
			}
		}
		return null;
	}

}
