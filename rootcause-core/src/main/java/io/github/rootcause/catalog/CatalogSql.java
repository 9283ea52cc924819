package io.github.rootcause.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.rootcause.Database;

/**
 * A database's catalog as a fixed list of queries whose rows, read whole, make its constraints: the one place for
 * the SQL and the row mapping of a reader, run over JDBC by {@link #read(Connection, Database, CatalogSql)} and over
 * R2DBC, without blocking, by {@link R2dbcCatalogReader}.
 */
interface CatalogSql {

	/**
	 * The queries, run in this order on one connection.
	 * @param schemas the schemas to read (on MariaDB and MySQL, databases); empty for every schema but the
	 * system ones. A database whose catalog is not {@link #scoped()} reads every schema whatever it is given.
	 * @return the queries
	 */
	List<Query> queries(Set<String> schemas);

	/**
	 * Whether this database's catalog is read for the application's schemas only (its default schema, and those
	 * asked for), rather than for every schema: for servers that hold other applications' schemas (PostgreSQL,
	 * MariaDB, MySQL), not for embedded databases.
	 * @return whether reads are scoped
	 */
	default boolean scoped() {
		return false;
	}

	/**
	 * The query that gives the schema unqualified names resolve to, in its first column; over JDBC the driver's
	 * {@code getSchema()} (or {@code getCatalog()}) tells it instead.
	 * @return the query
	 */
	String defaultSchema();

	/**
	 * The constraints the queries' rows describe.
	 * @param results the rows of each query, in the order of {@link #queries()}; {@link Rows#NONE} for an optional
	 * query that failed (the catalog then lacks {@link Query#reads() what it reads})
	 * @return the constraints
	 */
	List<Constraint> constraints(List<Rows> results);

	/**
	 * The queries that read the catalog of a database, where there are such.
	 * @param database the database
	 * @return its queries, or {@code null} for a database whose catalog is read otherwise (over JDBC only)
	 */
	static CatalogSql of(Database database) {
		return switch (database) {
			case POSTGRESQL -> PostgresCatalogReader.SQL;
			case MARIADB -> MySqlCatalogReader.MARIADB;
			case MYSQL -> MySqlCatalogReader.MYSQL;
			case H2 -> H2CatalogReader.SQL;
			case HSQLDB -> HsqldbCatalogReader.SQL;
			default -> null;
		};
	}

	/**
	 * One query.
	 *
	 * @param sql the SQL
	 * @param reads what it reads, such as {@code "check constraints"}, for an optional query; {@code null} for a
	 * required one
	 */
	record Query(String sql, String reads) {

		static Query required(String sql) {
			return new Query(sql, null);
		}

		/**
		 * A query whose failure gives no rows rather than failing the read: the catalog is kept without what it
		 * reads, and read again later. A server that has no such table or view (SQLState {@code 42S02} or
		 * {@code 42P01}: checks on MySQL before 8.0.16), or no such column ({@code 42703}: a PostgreSQL-compatible
		 * server without {@code pg_class.relispartition}), has none of it to read, and lacks nothing.
		 */
		static Query optional(String sql, String reads) {
			return new Query(sql, reads);
		}

		boolean optional() {
			return this.reads != null;
		}

		/** What the catalog lacks when this query failed with the given SQLState, or {@code null}. */
		String lacks(String sqlState) {
			return ("42S02".equals(sqlState) || "42P01".equals(sqlState) || "42703".equals(sqlState)) ? null
					: this.reads;
		}

	}

	/**
	 * The schemas a scoped read covers: the default schema and those asked for; empty, for every schema, when
	 * the default schema is not known (MariaDB without a database) or the read is not {@link #scoped()}.
	 * @param sql the database's queries
	 * @param defaultSchema the connection's default schema, or {@code null}
	 * @param schemas the other schemas asked for
	 * @return the schemas to read
	 */
	static Set<String> scope(CatalogSql sql, String defaultSchema, Collection<String> schemas) {
		if (!sql.scoped() || defaultSchema == null) {
			return Set.of();
		}
		Set<String> scope = new LinkedHashSet<>();
		scope.add(defaultSchema);
		scope.addAll(schemas);
		return scope;
	}

	/**
	 * A list of names as SQL string literals, for {@code in (...)}: each quote doubled and, where a backslash
	 * escapes in literals (MariaDB, MySQL), each backslash too.
	 * @param names the names
	 * @param backslashEscapes whether backslashes are escapes in the database's literals
	 * @return the literals, separated by commas
	 */
	static String literals(Set<String> names, boolean backslashEscapes) {
		StringBuilder literals = new StringBuilder();
		for (String name : names) {
			String escaped = backslashEscapes ? name.replace("\\", "\\\\") : name;
			literals.append((literals.length() > 0) ? ", '" : "'").append(escaped.replace("'", "''")).append('\'');
		}
		return literals.toString();
	}

	/**
	 * Reads a catalog over JDBC.
	 * @param connection the connection, left open
	 * @param database the database it connects to
	 * @param sql the database's queries
	 * @param schemas schemas to read besides the default one, for a {@link #scoped()} catalog
	 * @return the catalog
	 * @throws SQLException when a required query fails
	 */
	static Catalog read(Connection connection, Database database, CatalogSql sql, Collection<String> schemas)
			throws SQLException {
		String defaultSchema = JdbcMetadataReader.defaultSchema(connection, database);
		Set<String> scope = scope(sql, defaultSchema, schemas);
		List<Query> queries = sql.queries(scope);
		List<Rows> results = new ArrayList<>(queries.size());
		List<String> missing = new ArrayList<>(0);
		try (Statement statement = connection.createStatement()) {
			for (Query query : queries) {
				try (ResultSet rows = statement.executeQuery(query.sql())) {
					results.add(rows(rows));
				}
				catch (SQLException ex) {
					if (!query.optional() || isLostConnection(ex.getSQLState())) {
						throw ex;
					}
					results.add(Rows.NONE);
					String lacks = query.lacks(ex.getSQLState());
					if (lacks != null) {
						missing.add(lacks);
					}
				}
			}
		}
		return Catalog.partial(database, defaultSchema, sql.constraints(results), missing).within(scope);
	}

	/**
	 * Whether a query failed because the connection was lost (SQLState class 08): the whole read has failed, and
	 * the catalog read before keeps answering, rather than a part of the catalog being missing.
	 * @param sqlState the error's SQLState, or {@code null}
	 * @return whether the connection was lost
	 */
	static boolean isLostConnection(String sqlState) {
		return sqlState != null && sqlState.startsWith("08");
	}

	private static Rows rows(ResultSet rows) throws SQLException {
		ResultSetMetaData metaData = rows.getMetaData();
		int count = metaData.getColumnCount();
		Map<String, Integer> labels = new HashMap<>();
		for (int i = count; i >= 1; i--) {
			labels.put(metaData.getColumnLabel(i).toUpperCase(Locale.ROOT), i - 1);
		}
		List<Rows.Row> read = new ArrayList<>();
		while (rows.next()) {
			Object[] values = new Object[count];
			for (int i = 0; i < count; i++) {
				Object value = rows.getObject(i + 1);
				values[i] = (value instanceof Array array) ? elements(array) : value;
			}
			read.add(new Rows.Row(labels, values));
		}
		return new Rows(read);
	}

	private static List<Object> elements(Array array) throws SQLException {
		try {
			return Arrays.asList((Object[]) array.getArray());
		}
		finally {
			array.free();
		}
	}

}
