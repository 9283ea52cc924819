package io.github.rootcause.benchmarks;

import java.sql.SQLException;

import javax.sql.DataSource;

import io.github.rootcause.Database;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.hibernate.community.dialect.DerbyDialect;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.HSQLDialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.exception.spi.ViolatedConstraintNameExtractor;

/**
 * A live database engine the benchmarks capture real exceptions from, with what Spring and Hibernate call it.
 */
public enum Engine {

	/** PostgreSQL through pgjdbc. */
	POSTGRESQL(TestDatabase.POSTGRESQL, Database.POSTGRESQL, "PostgreSQL"),

	/** MariaDB through MariaDB Connector/J. */
	MARIADB(TestDatabase.MARIADB, Database.MARIADB, "MariaDB"),

	/** MariaDB through MySQL Connector/J. */
	MARIADB_MYSQL_DRIVER(TestDatabase.MARIADB_MYSQL_DRIVER, Database.MYSQL, "MySQL"),

	/** H2, embedded. */
	H2(TestDatabase.H2, Database.H2, "H2"),

	/** HSQLDB, embedded. */
	HSQLDB(TestDatabase.HSQLDB, Database.HSQLDB, "HSQL"),

	/** Derby, embedded. */
	DERBY(TestDatabase.DERBY, Database.DERBY, "Derby"),

	/** SQLite, embedded. */
	SQLITE(TestDatabase.SQLITE, Database.SQLITE, "SQLite");

	private final TestDatabase testDatabase;

	private final Database database;

	private final String springName;

	Engine(TestDatabase testDatabase, Database database, String springName) {
		this.testDatabase = testDatabase;
		this.database = database;
		this.springName = springName;
	}

	/**
	 * The database family rootcause reads it as.
	 * @return the database
	 */
	public Database database() {
		return this.database;
	}

	/**
	 * The name Spring's {@code sql-error-codes.xml} knows the database by.
	 * @return the name
	 */
	public String springName() {
		return this.springName;
	}

	/**
	 * Hibernate's constraint-name extractor for the database.
	 * @return the extractor
	 */
	public ViolatedConstraintNameExtractor hibernateExtractor() {
		Dialect dialect = switch (this) {
			case POSTGRESQL -> new PostgreSQLDialect();
			case MARIADB -> new MariaDBDialect();
			case MARIADB_MYSQL_DRIVER -> new MySQLDialect();
			case H2 -> new H2Dialect();
			case HSQLDB -> new HSQLDialect();
			case DERBY -> new DerbyDialect();
			case SQLITE -> new SQLiteDialect();
		};
		return dialect.getViolatedConstraintNameExtractor();
	}

	/**
	 * Starts a scratch database with the benchmark schema.
	 * @return the started fixture; stop it when done
	 * @throws SQLException when the database cannot be prepared
	 */
	public DatabaseFixture start() throws SQLException {
		DatabaseFixture fixture = DatabaseFixture.of(this.testDatabase);
		fixture.start();
		fixture.execute(Violation.SCHEMA);
		return fixture;
	}

	/**
	 * Provokes a violation and returns exactly what the driver threw.
	 * @param fixture a started fixture
	 * @param violation which violation
	 * @return the driver's exception
	 * @throws SQLException when the statement cannot even be run
	 */
	public static SQLException capture(DatabaseFixture fixture, Violation violation) throws SQLException {
		return fixture.violation(violation.sql());
	}

	/**
	 * The fixture's data source.
	 * @param fixture a started fixture
	 * @return its data source
	 */
	static DataSource dataSource(DatabaseFixture fixture) {
		return fixture.dataSource();
	}

}
