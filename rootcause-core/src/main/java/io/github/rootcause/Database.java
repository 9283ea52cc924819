package io.github.rootcause;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The database families rootcause reads. Each has one dialect; CockroachDB, YugabyteDB and PGAdapter speak
 * {@link #POSTGRESQL}'s, TiDB, Vitess and PlanetScale {@link #MYSQL}'s.
 */
public enum Database {

	/** PostgreSQL, and the databases that speak its protocol (CockroachDB, YugabyteDB, Spanner's PGAdapter). */
	POSTGRESQL,

	/** MariaDB, through MariaDB Connector/J or MySQL Connector/J. */
	MARIADB,

	/** MySQL, through MySQL Connector/J or MariaDB Connector/J, and TiDB, Vitess and PlanetScale. */
	MYSQL,

	/** Oracle Database. */
	ORACLE,

	/** Microsoft SQL Server and Azure SQL. */
	SQL_SERVER,

	/** IBM Db2 (LUW, z/OS and i through the JCC driver). */
	DB2,

	/** H2 2.x. */
	H2,

	/** HSQLDB. */
	HSQLDB,

	/** Apache Derby. */
	DERBY,

	/** SQLite through xerial sqlite-jdbc. */
	SQLITE,

	/** Google Cloud Spanner through its JDBC driver (through PGAdapter, it is {@link #POSTGRESQL}). */
	SPANNER;

	/**
	 * The database a connection's metadata names, for pinning the dialect of a data source.
	 * @param metaData the connection's metadata
	 * @return the database, or empty when the product is not one rootcause knows
	 * @throws SQLException when the metadata cannot be read
	 */
	public static Optional<Database> of(DatabaseMetaData metaData) throws SQLException {
		return fromProductName(metaData.getDatabaseProductName());
	}

	/**
	 * The database a product name, as {@link DatabaseMetaData#getDatabaseProductName()} reports it, names.
	 * @param productName for example {@code "PostgreSQL"}, {@code "MariaDB"}, {@code "Microsoft SQL Server"},
	 * {@code "Google Cloud Spanner"}
	 * @return the database, or empty when the product is not one rootcause knows
	 */
	public static Optional<Database> fromProductName(String productName) {
		if (productName == null) {
			return Optional.empty();
		}
		String name = productName.toLowerCase(Locale.ROOT);
		if (name.contains("spanner")) {
			return Optional.of(SPANNER);
		}
		if (name.contains("postgres") || name.contains("cockroach") || name.contains("yugabyte")) {
			return Optional.of(POSTGRESQL);
		}
		if (name.contains("mariadb")) {
			return Optional.of(MARIADB);
		}
		if (name.contains("mysql")) {
			return Optional.of(MYSQL);
		}
		if (name.contains("oracle")) {
			return Optional.of(ORACLE);
		}
		if (name.contains("sql server")) {
			return Optional.of(SQL_SERVER);
		}
		if (name.startsWith("db2")) {
			return Optional.of(DB2);
		}
		if (name.equals("h2")) {
			return Optional.of(H2);
		}
		if (name.startsWith("hsql")) {
			return Optional.of(HSQLDB);
		}
		if (name.contains("derby")) {
			return Optional.of(DERBY);
		}
		if (name.contains("sqlite")) {
			return Optional.of(SQLITE);
		}
		return Optional.empty();
	}

}
