package io.github.rootcause.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.rootcause.Database;

/**
 * A database's catalog as a fixed list of queries whose rows, read whole, make its constraints: the one place for
 * the SQL and the row mapping of a reader, run over JDBC by {@link #read(Connection, Database, CatalogSql)} and over
 * R2DBC, without blocking, by {@link R2dbcCatalogReader}.
 */
interface CatalogSql {

	/**
	 * The queries, run in this order on one connection.
	 * @return the queries
	 */
	List<Query> queries();

	/**
	 * The query that gives the schema unqualified names resolve to, in its first column; over JDBC the driver's
	 * {@code getSchema()} (or {@code getCatalog()}) tells it instead.
	 * @return the query
	 */
	String defaultSchema();

	/**
	 * The constraints the queries' rows describe.
	 * @param results the rows of each query, in the order of {@link #queries()}; {@link Rows#NONE} for an optional
	 * query that failed
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
			case MARIADB, MYSQL -> MySqlCatalogReader.SQL;
			case H2 -> H2CatalogReader.SQL;
			case HSQLDB -> HsqldbCatalogReader.SQL;
			default -> null;
		};
	}

	/**
	 * One query.
	 *
	 * @param sql the SQL
	 * @param optional whether its failure gives no rows rather than failing the read (a view an older server lacks)
	 */
	record Query(String sql, boolean optional) {

		static Query required(String sql) {
			return new Query(sql, false);
		}

		static Query optional(String sql) {
			return new Query(sql, true);
		}

	}

	/**
	 * Reads a catalog over JDBC.
	 * @param connection the connection, left open
	 * @param database the database it connects to
	 * @param sql the database's queries
	 * @return the catalog
	 * @throws SQLException when a required query fails
	 */
	static Catalog read(Connection connection, Database database, CatalogSql sql) throws SQLException {
		List<Rows> results = new ArrayList<>(sql.queries().size());
		try (Statement statement = connection.createStatement()) {
			for (Query query : sql.queries()) {
				try (ResultSet rows = statement.executeQuery(query.sql())) {
					results.add(rows(rows));
				}
				catch (SQLException ex) {
					if (!query.optional()) {
						throw ex;
					}
					results.add(Rows.NONE);
				}
			}
		}
		return Catalog.of(database, JdbcMetadataReader.defaultSchema(connection, database), sql.constraints(results));
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
