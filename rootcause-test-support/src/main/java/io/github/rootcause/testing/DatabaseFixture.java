package io.github.rootcause.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * A database of its own for one test class: register it as a static field with
 * {@code @RegisterExtension} and every test in the class shares it.
 *
 * <pre class="code">
 * &#64;RegisterExtension
 * static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.POSTGRESQL);
 *
 * &#64;Test
 * void uniqueViolationNamesTheConstraint() {
 *     db.execute("create table customer (email varchar(100) constraint uq_email unique)",
 *             "insert into customer values ('a@example.com')");
 *     SQLException ex = db.violation("insert into customer values ('a@example.com')");
 *     ...
 * }
 * </pre>
 *
 * <p>Embedded engines get a fresh in-memory database (SQLite a fresh temporary file with foreign keys on);
 * PostgreSQL a fresh schema that is first on the search path; MariaDB a fresh database. All are dropped after
 * the class. Servers are found by {@link Servers}: from the environment, else Testcontainers, else the class is
 * skipped, or fails when {@code ROOTCAUSE_DATABASES_REQUIRED=true}.
 */
public final class DatabaseFixture implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	private final TestDatabase database;

	private final String name = "rc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private final List<String> schemas = new ArrayList<>();

	private String serverLanguage;

	private Servers.Server server;

	private String url;

	private String user = "";

	private String password = "";

	private Path sqliteFile;

	private DriverDataSource dataSource;

	private TestAbortedException unavailable;

	private DatabaseFixture(TestDatabase database) {
		this.database = database;
	}

	/**
	 * A fixture for the given engine.
	 * @param database the engine
	 * @return a fixture to register with {@code @RegisterExtension}
	 */
	public static DatabaseFixture of(TestDatabase database) {
		return new DatabaseFixture(database);
	}

	/**
	 * Makes a MariaDB server answer this fixture's connections in another language: every connection, those
	 * opened from {@link #url()} too, sets the session's {@code lc_messages} (through the drivers'
	 * {@code sessionVariables}).
	 * @param locale a locale MariaDB ships messages for, such as {@code de_DE}, {@code fr_FR} or {@code ja_JP}
	 * @return this fixture
	 * @throws IllegalStateException when this fixture is not on MariaDB
	 */
	public DatabaseFixture answeringIn(String locale) {
		if (this.database != TestDatabase.MARIADB && this.database != TestDatabase.MARIADB_MYSQL_DRIVER) {
			throw new IllegalStateException("Only MariaDB answers in the language of lc_messages, not " + this.database);
		}
		this.serverLanguage = locale;
		return this;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		try {
			start();
		}
		catch (TestAbortedException ex) {
			// Skipped test by test, so that reports count and name every skipped test.
			this.unavailable = ex;
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (this.unavailable != null) {
			throw this.unavailable;
		}
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		if (this.unavailable == null) {
			stop();
		}
	}

	/**
	 * Creates this fixture's database. Called by JUnit; call it yourself only when the fixture is not registered
	 * as an extension, and then call {@link #stop()} too.
	 * @throws SQLException when the database cannot be prepared
	 */
	public void start() throws SQLException {
		switch (this.database) {
			case H2 -> open("jdbc:h2:mem:" + this.name + ";DB_CLOSE_DELAY=-1", "sa", "");
			case HSQLDB -> open("jdbc:hsqldb:mem:" + this.name, "SA", "");
			case DERBY -> open("jdbc:derby:memory:" + this.name + ";create=true", "", "");
			case SQLITE -> {
				try {
					this.sqliteFile = Files.createTempFile(this.name, ".db");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				open("jdbc:sqlite:" + this.sqliteFile + "?foreign_keys=true", "", "");
			}
			case POSTGRESQL -> {
				this.server = Servers.postgresql();
				runOnServer("create schema " + this.name);
				open(withParameter(this.server.url(), "currentSchema=" + this.name + ",public"), this.server.user(),
						this.server.password());
			}
			case MARIADB, MARIADB_MYSQL_DRIVER -> {
				this.server = Servers.mariadb();
				runOnServer("create database " + this.name);
				String serverUrl = withDatabase(this.server.url(), this.name);
				if (this.database == TestDatabase.MARIADB_MYSQL_DRIVER) {
					serverUrl = serverUrl.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
					serverUrl = withParameter(serverUrl, "useSSL=false&allowPublicKeyRetrieval=true");
				}
				if (this.serverLanguage != null) {
					serverUrl = withParameter(serverUrl, "sessionVariables=lc_messages=" + this.serverLanguage);
				}
				open(serverUrl, this.server.user(), this.server.password());
			}
		}
		this.schemas.add(0, this.name);
	}

	/**
	 * Drops what {@link #start()} and {@link #createSchema(String)} created.
	 */
	public void stop() {
		try {
			switch (this.database) {
				case H2, HSQLDB -> execute("shutdown");
				case DERBY -> {
					try {
						java.sql.DriverManager.getConnection("jdbc:derby:memory:" + this.name + ";drop=true").close();
					}
					catch (SQLException expected) {
						// Derby reports a successful drop as an exception.
					}
				}
				case SQLITE -> {
					for (String schema : this.schemas) {
						Files.deleteIfExists(this.sqliteFile.resolveSibling(schema + ".db"));
					}
					Files.deleteIfExists(this.sqliteFile);
				}
				case POSTGRESQL -> {
					for (String schema : this.schemas) {
						dropPostgresqlSchema(schema);
					}
				}
				case MARIADB, MARIADB_MYSQL_DRIVER -> {
					for (String schema : this.schemas) {
						runOnServer("drop database if exists " + schema);
					}
				}
			}
		}
		catch (SQLException | IOException | RuntimeException ex) {
			// Best effort: a leftover scratch schema must not fail the tests, but it is said.
			System.err.println("Could not drop the scratch schemas " + this.schemas + " of " + this.database + ": "
					+ ex);
		}
	}

	/**
	 * Drops a PostgreSQL schema, its tables first, a hundred at a time: a schema of thousands of tables dropped in one
	 * transaction needs more locks than a shared server has to spare ("out of shared memory"), and would stay.
	 */
	private void dropPostgresqlSchema(String schema) throws SQLException {
		try (Connection connection = new DriverDataSource(this.server.url(), this.server.user(),
				this.server.password()).getConnection(); Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rows = statement
				.executeQuery("select tablename from pg_tables where schemaname = '" + schema + "'")) {
				while (rows.next()) {
					tables.add(schema + ".\"" + rows.getString(1) + "\"");
				}
			}
			for (int from = 0; from < tables.size(); from += 100) {
				statement.execute("drop table if exists "
						+ String.join(", ", tables.subList(from, Math.min(from + 100, tables.size()))) + " cascade");
			}
			statement.execute("drop schema if exists " + schema + " cascade");
		}
	}

	/**
	 * The engine this fixture runs.
	 * @return the engine
	 */
	public TestDatabase database() {
		return this.database;
	}

	/**
	 * The language the server answers this fixture's sessions in.
	 * @return the locale given to {@link #answeringIn(String)}, or {@code null} for the server's own
	 */
	public String serverLanguage() {
		return this.serverLanguage;
	}

	/**
	 * A data source whose connections use this fixture's database (or schema) by default.
	 * @return the data source
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * A data source whose connections reach this fixture's database (or schema) through a proxy, so that a test can
	 * take the server away ({@link TcpProxy#refuse()}, {@link TcpProxy#cut()}) without stopping it.
	 * @param proxy a proxy to this fixture's server ({@link TcpProxy#toServerOf(String) toServerOf(url())})
	 * @return the data source
	 */
	public DataSource dataSource(TcpProxy proxy) {
		return new DriverDataSource(proxy.url(this.url), this.user, this.password);
	}

	/**
	 * The JDBC URL of this fixture's database, for example for a Spring Boot test's
	 * {@code spring.datasource.url}.
	 * @return the URL
	 */
	public String url() {
		return this.url;
	}

	/**
	 * This fixture's database (or schema) over R2DBC: the same database as {@link #url()}, through r2dbc-h2,
	 * r2dbc-postgresql or r2dbc-mariadb.
	 * @return the R2DBC side of this fixture
	 * @throws IllegalStateException for an engine with no R2DBC driver here, or a MariaDB fixture
	 * {@link #answeringIn(String) answering in another language}
	 */
	public R2dbcDatabase r2dbc() {
		return new R2dbcDatabase(r2dbcUrl(), this.user, this.password);
	}

	/** Whether {@link #r2dbc()} reaches this fixture's database: its R2DBC driver is on the class path. */
	boolean hasR2dbc() {
		String driver = switch (this.database) {
			case H2 -> "io.r2dbc.h2.H2ConnectionFactory";
			case POSTGRESQL -> "io.r2dbc.postgresql.PostgresqlConnectionFactory";
			case MARIADB -> (this.serverLanguage == null) ? "org.mariadb.r2dbc.MariadbConnectionFactory" : null;
			default -> null;
		};
		if (driver == null) {
			return false;
		}
		try {
			Class.forName(driver, false, DatabaseFixture.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	String r2dbcUrl() {
		return switch (this.database) {
			case H2 -> "r2dbc:h2:mem:///" + this.name + "?options=DB_CLOSE_DELAY=-1";
			case POSTGRESQL -> "r2dbc:" + withoutQuery(this.server.url()).substring("jdbc:".length()) + "?schema="
					+ this.name;
			case MARIADB -> {
				if (this.serverLanguage != null) {
					throw new IllegalStateException("No R2DBC URL for a MariaDB fixture in " + this.serverLanguage);
				}
				yield "r2dbc:" + withoutQuery(withDatabase(this.server.url(), this.name)).substring("jdbc:".length());
			}
			default -> throw new IllegalStateException("No R2DBC driver here for " + this.database);
		};
	}

	private static String withoutQuery(String url) {
		int query = url.indexOf('?');
		return (query >= 0) ? url.substring(0, query) : url;
	}

	/**
	 * The user to connect as.
	 * @return the user name, possibly empty
	 */
	public String user() {
		return this.user;
	}

	/**
	 * The password to connect with.
	 * @return the password, possibly empty
	 */
	public String password() {
		return this.password;
	}

	/**
	 * The name of this fixture's own schema (PostgreSQL), database (MariaDB) or in-memory database.
	 * @return the name, in lower case
	 */
	public String schema() {
		return this.name;
	}

	/**
	 * Creates a second schema (a database on MariaDB) that is dropped with the fixture. Embedded engines create a
	 * schema inside their one database; SQLite attaches a second database file to every connection of
	 * {@link #dataSource()}.
	 * @param suffix a short, lower-case, unquoted suffix
	 * @return the name of the new schema
	 * @throws SQLException when it cannot be created
	 */
	public String createSchema(String suffix) throws SQLException {
		String schema = this.name + "_" + suffix;
		switch (this.database) {
			case POSTGRESQL -> runOnServer("create schema " + schema);
			case MARIADB, MARIADB_MYSQL_DRIVER -> runOnServer("create database " + schema);
			case SQLITE -> this.dataSource.initEveryConnectionWith(
					"attach database '" + this.sqliteFile.resolveSibling(schema + ".db") + "' as " + schema);
			default -> execute("create schema " + schema);
		}
		this.schemas.add(schema);
		return schema;
	}

	/**
	 * Runs statements that must succeed, each in its own auto-committed statement.
	 * @param statements SQL statements
	 * @throws SQLException when one fails
	 */
	public void execute(String... statements) throws SQLException {
		try (Connection connection = this.dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	/**
	 * Runs the statements in order and returns the exception the last one throws.
	 * @param statements SQL statements, all but the last expected to succeed
	 * @return what the driver threw for the last statement
	 * @throws AssertionError when the last statement succeeds
	 * @throws SQLException when an earlier statement fails
	 */
	public SQLException violation(String... statements) throws SQLException {
		return violation((connection) -> {
			try (Statement statement = connection.createStatement()) {
				for (String sql : statements) {
					statement.execute(sql);
				}
			}
		});
	}

	/**
	 * Runs the work on one connection and returns what it threw.
	 * @param work what to do with the connection
	 * @return what the work threw
	 * @throws AssertionError when the work throws nothing
	 * @throws SQLException when the connection cannot be opened
	 */
	public SQLException violation(Work work) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			try {
				work.run(connection);
			}
			catch (SQLException ex) {
				return ex;
			}
		}
		throw new AssertionError("Expected a violation on " + this.database + " but nothing was thrown");
	}

	/**
	 * Something to do with a connection, for {@link #violation(Work)}.
	 */
	@FunctionalInterface
	public interface Work {

		/**
		 * Does the work.
		 * @param connection an open connection, closed afterwards
		 * @throws SQLException what the driver throws
		 */
		void run(Connection connection) throws SQLException;

	}

	@Override
	public String toString() {
		return this.database.displayName();
	}

	private void open(String url, String user, String password) throws SQLException {
		this.url = url;
		this.user = user;
		this.password = password;
		this.dataSource = new DriverDataSource(url, user, password);
		try (Connection connection = this.dataSource.getConnection()) {
			connection.isValid(5);
		}
	}

	private void runOnServer(String sql) throws SQLException {
		try (Connection connection = new DriverDataSource(this.server.url(), this.server.user(),
				this.server.password()).getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			if (ex.getSQLState() != null && ex.getSQLState().startsWith("08")) {
				Servers.unavailable("Cannot connect to " + this.database + " at " + this.server.url() + ": "
						+ ex.getMessage());
			}
			throw ex;
		}
	}

	static String withParameter(String url, String parameter) {
		return url + (url.contains("?") ? "&" : "?") + parameter;
	}

	static String withDatabase(String url, String database) {
		int hostStart = url.indexOf("//");
		int pathStart = url.indexOf('/', hostStart + 2);
		int queryStart = url.indexOf('?');
		String query = (queryStart >= 0) ? url.substring(queryStart) : "";
		String prefix = (pathStart >= 0 && (queryStart < 0 || pathStart < queryStart)) ? url.substring(0, pathStart)
				: url.substring(0, (queryStart >= 0) ? queryStart : url.length());
		return prefix + "/" + database.toLowerCase(Locale.ROOT) + query;
	}

}
