package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.rootcause.Database;
import io.github.rootcause.Kind;

/**
 * Reads a MariaDB or MySQL catalog from {@code information_schema} in a few bulk queries, for the connection's
 * current database and the others asked for (those a statement or an error names); without a current database, for
 * every database the user can see except the system ones. Each query names the databases it reads as constants, so
 * the server opens the tables of those alone.
 *
 * <ul>
 * <li>Unique indexes, {@code PRIMARY} included, from {@code STATISTICS}. An index on a generated column (MariaDB's
 * way to index an expression) or on an expression (MySQL 8's functional index, {@code STATISTICS.EXPRESSION})
 * gets the table columns the expression reads.</li>
 * <li>Foreign keys, with their referenced table, from {@code KEY_COLUMN_USAGE}.</li>
 * <li>Checks from {@code CHECK_CONSTRAINTS} (MariaDB 10.2 and MySQL 8.0.16 on; MySQL needs
 * {@code TABLE_CONSTRAINTS} for the table), with the columns their clause names in backticks. MariaDB names a
 * column-level check after its column.</li>
 * </ul>
 *
 * <p>MariaDB and MySQL scope index and check names to their table: every table has an index {@code PRIMARY}, and
 * MariaDB calls unnamed checks {@code CONSTRAINT_1} on every table. Such a name alone picks no constraint; the
 * table the error or the failed statement names does.
 *
 * <p>The queries and their row mapping ({@link #MARIADB}, {@link #MYSQL}) serve JDBC and R2DBC alike; each server
 * runs only its own check query.
 */
final class MySqlCatalogReader implements CatalogReader {

	private static final String NOT_SYSTEM = " not in ('mysql', 'information_schema', 'performance_schema', 'sys')";

	/** Stands for the condition on the schema column, {@link #NOT_SYSTEM} or a list of the schemas to read. */
	private static final String WITHIN = "@within";

	private static final String UNIQUE_INDEXES = "select * from information_schema.STATISTICS"
			+ " where NON_UNIQUE = 0 and TABLE_SCHEMA" + WITHIN
			+ " order by TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";

	private static final String GENERATED_COLUMNS = "select TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME,"
			+ " GENERATION_EXPRESSION from information_schema.COLUMNS"
			+ " where GENERATION_EXPRESSION is not null and GENERATION_EXPRESSION <> '' and TABLE_SCHEMA" + WITHIN;

	private static final String FOREIGN_KEYS = "select CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME,"
			+ " REFERENCED_TABLE_NAME from information_schema.KEY_COLUMN_USAGE"
			+ " where REFERENCED_TABLE_NAME is not null and CONSTRAINT_SCHEMA" + WITHIN
			+ " order by CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION";

	private static final String CHECKS = "select * from information_schema.CHECK_CONSTRAINTS"
			+ " where CONSTRAINT_SCHEMA" + WITHIN;

	private static final String MYSQL_CHECKS = "select t.TABLE_SCHEMA, t.TABLE_NAME, t.CONSTRAINT_NAME,"
			+ " c.CHECK_CLAUSE from information_schema.TABLE_CONSTRAINTS t"
			+ " join information_schema.CHECK_CONSTRAINTS c"
			+ " on c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA and c.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
			+ " where t.CONSTRAINT_TYPE = 'CHECK' and t.TABLE_SCHEMA" + WITHIN;

	/** MariaDB's queries and their row mapping, over JDBC and R2DBC: its checks name their table. */
	static final CatalogSql MARIADB = new Queries(CHECKS);

	/** MySQL's queries and their row mapping, over JDBC and R2DBC: its checks take their table from a join. */
	static final CatalogSql MYSQL = new Queries(MYSQL_CHECKS);

	private final Database database;

	MySqlCatalogReader(Database database) {
		this.database = database;
	}

	@Override
	public Catalog read(Connection connection, Database database) throws SQLException {
		return read(connection, database, List.of());
	}

	@Override
	public Catalog read(Connection connection, Database database, Collection<String> schemas) throws SQLException {
		return CatalogSql.read(connection, database,
				sql(this.database, connection.getMetaData().getDatabaseProductVersion()), schemas);
	}

	/**
	 * The queries for the server: MariaDB's when the server is MariaDB, whichever driver reads it (MySQL
	 * Connector/J calls it MySQL, but its version says {@code 10.11.6-MariaDB}).
	 * @param database the database the driver reports
	 * @param serverVersion the server's version, or {@code null}
	 * @return the server's queries
	 */
	static CatalogSql sql(Database database, String serverVersion) {
		boolean mariaDb = database == Database.MARIADB
				|| (serverVersion != null && serverVersion.toLowerCase(Locale.ROOT).contains("mariadb"));
		return mariaDb ? MARIADB : MYSQL;
	}

	/** The same queries for both servers but the one that reads checks, which each server has its own way. */
	private record Queries(String checkQuery) implements CatalogSql {

		@Override
		public List<CatalogSql.Query> queries(Set<String> schemas) {
			String within = schemas.isEmpty() ? NOT_SYSTEM : " in (" + CatalogSql.literals(schemas, true) + ")";
			return List.of(CatalogSql.Query.required(GENERATED_COLUMNS.replace(WITHIN, within)),
					CatalogSql.Query.required(UNIQUE_INDEXES.replace(WITHIN, within)),
					CatalogSql.Query.required(FOREIGN_KEYS.replace(WITHIN, within)),
					CatalogSql.Query.optional(this.checkQuery.replace(WITHIN, within), "check constraints"));
		}

		@Override
		public boolean scoped() {
			return true;
		}

		@Override
		public String defaultSchema() {
			return "select database()";
		}

		@Override
		public List<Constraint> constraints(List<Rows> results) {
			List<Constraint> constraints = new ArrayList<>(uniqueIndexes(generatedColumns(results.get(0)),
					results.get(1)));
			constraints.addAll(foreignKeys(results.get(2)));
			constraints.addAll(checks(results.get(3)));
			return constraints;
		}

	}

	private static List<Constraint> uniqueIndexes(Map<List<String>, List<String>> generated, Rows rows) {
		Map<List<String>, List<String>> indexes = new LinkedHashMap<>();
		for (Rows.Row row : rows.rows()) {
			String schema = row.string("TABLE_SCHEMA");
			String table = row.string("TABLE_NAME");
			List<String> columns = indexes.computeIfAbsent(List.of(schema, table, row.string("INDEX_NAME")),
					(key) -> new ArrayList<>(2));
			String column = row.string("COLUMN_NAME");
			if (column != null) {
				List<String> read = generated.get(List.of(schema, table, column.toLowerCase(Locale.ROOT)));
				addAll(columns, (read != null) ? read : List.of(column));
			}
			else if (row.has("EXPRESSION")) {
				addAll(columns, backticked(row.string("EXPRESSION")));
			}
		}
		List<Constraint> constraints = new ArrayList<>(indexes.size());
		indexes.forEach((key, columns) -> constraints
			.add(new Constraint(key.get(0), key.get(1), key.get(2), Kind.UNIQUE, columns, null)));
		return constraints;
	}

	/** Generated columns by schema, table and lower-case name, with the columns their expression reads. */
	private static Map<List<String>, List<String>> generatedColumns(Rows rows) {
		Map<List<String>, List<String>> generated = new HashMap<>();
		for (Rows.Row row : rows.rows()) {
			List<String> read = backticked(row.string("GENERATION_EXPRESSION"));
			if (!read.isEmpty()) {
				generated.put(List.of(row.string("TABLE_SCHEMA"), row.string("TABLE_NAME"),
						row.string("COLUMN_NAME").toLowerCase(Locale.ROOT)), read);
			}
		}
		return generated;
	}

	private static List<Constraint> foreignKeys(Rows rows) {
		Map<List<String>, List<String>> keys = new LinkedHashMap<>();
		for (Rows.Row row : rows.rows()) {
			keys.computeIfAbsent(List.of(row.string("CONSTRAINT_SCHEMA"), row.string("TABLE_NAME"),
					row.string("CONSTRAINT_NAME"), row.string("REFERENCED_TABLE_NAME")), (key) -> new ArrayList<>(1))
				.add(row.string("COLUMN_NAME"));
		}
		List<Constraint> constraints = new ArrayList<>(keys.size());
		keys.forEach((key, columns) -> constraints
			.add(new Constraint(key.get(0), key.get(1), key.get(2), Kind.FOREIGN_KEY, columns, key.get(3))));
		return constraints;
	}

	/**
	 * MariaDB's {@code CHECK_CONSTRAINTS} has the table and the level; MySQL's has neither, and its query takes the
	 * table from {@code TABLE_CONSTRAINTS}. Servers without checks (MySQL before 8.0.16) have no such table, and
	 * the query gives no rows.
	 */
	private static List<Constraint> checks(Rows rows) {
		List<Constraint> checks = new ArrayList<>();
		for (Rows.Row row : rows.rows()) {
			String name = row.string("CONSTRAINT_NAME");
			boolean columnLevel = row.has("LEVEL") && "Column".equalsIgnoreCase(row.string("LEVEL"));
			checks.add(new Constraint(row.string(row.has("CONSTRAINT_SCHEMA") ? "CONSTRAINT_SCHEMA" : "TABLE_SCHEMA"),
					row.string("TABLE_NAME"), name, Kind.CHECK,
					columnLevel ? List.of(name) : backticked(row.string("CHECK_CLAUSE")), null));
		}
		return checks;
	}

	private static void addAll(List<String> columns, List<String> names) {
		for (String name : names) {
			if (columns.stream().noneMatch(name::equalsIgnoreCase)) {
				columns.add(name);
			}
		}
	}

	/**
	 * The distinct backtick-quoted names in an expression as the server prints it ({@code `a` > 0 and `b` <> 'x'}),
	 * in order of first appearance, skipping string literals: the columns it reads.
	 * @param expression a check clause or generation expression, may be {@code null}
	 * @return the column names, unquoted
	 */
	static List<String> backticked(String expression) {
		List<String> names = new ArrayList<>(2);
		if (expression == null) {
			return names;
		}
		int i = 0;
		while (i < expression.length()) {
			char c = expression.charAt(i);
			if (c == '\'' || c == '"') {
				i = endOfLiteral(expression, i, c);
			}
			else if (c == '`') {
				StringBuilder name = new StringBuilder();
				i++;
				while (i < expression.length()) {
					char d = expression.charAt(i);
					if (d == '`' && i + 1 < expression.length() && expression.charAt(i + 1) == '`') {
						name.append('`');
						i += 2;
					}
					else if (d == '`') {
						break;
					}
					else {
						name.append(d);
						i++;
					}
				}
				i++;
				addAll(names, List.of(name.toString()));
			}
			else {
				i++;
			}
		}
		return names;
	}

	/** The index after the literal opened at {@code open}: a doubled quote or a backslash escapes the next one. */
	private static int endOfLiteral(String text, int open, char quote) {
		int i = open + 1;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\\') {
				i += 2;
			}
			else if (c == quote && i + 1 < text.length() && text.charAt(i + 1) == quote) {
				i += 2;
			}
			else if (c == quote) {
				return i + 1;
			}
			else {
				i++;
			}
		}
		return i;
	}

}
