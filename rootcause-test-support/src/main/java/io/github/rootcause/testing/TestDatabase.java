package io.github.rootcause.testing;

/**
 * The database engines rootcause's tests run on, with the driver that reaches each.
 */
public enum TestDatabase {

	/** H2 2.x, embedded, in memory. */
	H2("H2"),

	/** HSQLDB, embedded, in memory. */
	HSQLDB("HSQLDB"),

	/** Apache Derby, embedded, in memory. */
	DERBY("Derby"),

	/** SQLite through xerial sqlite-jdbc, a temporary file, foreign keys on. */
	SQLITE("SQLite"),

	/** PostgreSQL through pgjdbc. */
	POSTGRESQL("PostgreSQL"),

	/** MariaDB through MariaDB Connector/J. */
	MARIADB("MariaDB"),

	/** MariaDB through MySQL Connector/J, the driver MySQL users have. */
	MARIADB_MYSQL_DRIVER("MariaDB (MySQL Connector/J)");

	private final String displayName;

	TestDatabase(String displayName) {
		this.displayName = displayName;
	}

	/**
	 * The name tests show in their reports, for example {@code "MariaDB (MySQL Connector/J)"}.
	 * @return the display name
	 */
	public String displayName() {
		return this.displayName;
	}

	/**
	 * Whether this engine runs as a server rather than inside the test's JVM.
	 * @return {@code true} for PostgreSQL and MariaDB
	 */
	public boolean isServer() {
		return this == POSTGRESQL || this == MARIADB || this == MARIADB_MYSQL_DRIVER;
	}

	@Override
	public String toString() {
		return this.displayName;
	}

}
