package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.rootcause.Database;
import io.github.rootcause.Kind;

/**
 * Reads constraints from the SQL standard {@code INFORMATION_SCHEMA} views, one query per view for the whole
 * database, joined here: {@code TABLE_CONSTRAINTS}, {@code KEY_COLUMN_USAGE} and {@code REFERENTIAL_CONSTRAINTS}
 * for primary keys, unique constraints and foreign keys; {@code CHECK_CONSTRAINTS}, {@code CONSTRAINT_COLUMN_USAGE}
 * and {@code COLUMNS} for checks. The views are joined in memory because H2 builds each view anew for every row
 * of a join: joined in SQL, a schema of 500 tables took seconds to read; apart, milliseconds. H2 and HSQLDB answer
 * these queries alike; their unique indexes, which the standard views leave out, each reader reads itself.
 */
final class InformationSchema {

	private static final String TABLE_CONSTRAINTS = """
			select tc.CONSTRAINT_SCHEMA, tc.CONSTRAINT_NAME, tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_TYPE
			from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
			where tc.CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY', 'CHECK') and %s
			order by tc.CONSTRAINT_SCHEMA, tc.CONSTRAINT_NAME
			""";

	private static final String KEY_COLUMNS = """
			select tc.CONSTRAINT_SCHEMA, tc.CONSTRAINT_NAME, tc.COLUMN_NAME
			from INFORMATION_SCHEMA.KEY_COLUMN_USAGE tc
			where %s
			order by tc.CONSTRAINT_SCHEMA, tc.CONSTRAINT_NAME, tc.ORDINAL_POSITION
			""";

	private static final String REFERENCES = """
			select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, UNIQUE_CONSTRAINT_SCHEMA, UNIQUE_CONSTRAINT_NAME
			from INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS
			""";

	private static final String CHECK_CLAUSES = """
			select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CHECK_CLAUSE
			from INFORMATION_SCHEMA.CHECK_CONSTRAINTS
			""";

	private static final String CHECK_COLUMNS = """
			select tc.CONSTRAINT_SCHEMA, tc.CONSTRAINT_NAME, tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.COLUMN_NAME
			from INFORMATION_SCHEMA.CONSTRAINT_COLUMN_USAGE tc
			where %s
			""";

	private static final String COLUMN_POSITIONS = """
			select tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.COLUMN_NAME, tc.ORDINAL_POSITION
			from INFORMATION_SCHEMA.COLUMNS tc
			where %s
			""";

	private static final String NOT_NULL_CLAUSE = " IS NOT NULL";

	private InformationSchema() {
	}

	/**
	 * Reads a catalog: keys, then checks, then the unique indexes that are not already known as constraints.
	 * @param connection the connection
	 * @param database the database
	 * @param userSchemas a condition on {@code tc.TABLE_SCHEMA} that keeps only user schemas
	 * @param uniqueIndexes the database's own query for unique indexes, see
	 * {@link #uniqueIndexes(Connection, String, List)}
	 * @return the catalog
	 * @throws SQLException when a query fails
	 */
	static Catalog read(Connection connection, Database database, String userSchemas, String uniqueIndexes)
			throws SQLException {
		Map<String, Builder> keys = new LinkedHashMap<>();
		Map<String, Builder> checks = new LinkedHashMap<>();
		Map<String, String> tables = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(TABLE_CONSTRAINTS.formatted(userSchemas))) {
			while (rows.next()) {
				String key = key(rows.getString("CONSTRAINT_SCHEMA"), rows.getString("CONSTRAINT_NAME"));
				String table = rows.getString("TABLE_NAME");
				Builder builder = new Builder(rows.getString("TABLE_SCHEMA"), table, rows.getString("CONSTRAINT_NAME"),
						kind(rows.getString("CONSTRAINT_TYPE")));
				((builder.kind == Kind.CHECK) ? checks : keys).put(key, builder);
				tables.put(key, table);
			}
		}
		List<Constraint> constraints = new ArrayList<>(keys(connection, userSchemas, keys, tables));
		constraints.addAll(checks(connection, userSchemas, checks));
		constraints.addAll(uniqueIndexes(connection, uniqueIndexes, constraints));
		return Catalog.of(database, JdbcMetadataReader.defaultSchema(connection, database), constraints);
	}

	/**
	 * Primary keys, unique constraints and foreign keys, with their columns in key order and, for a foreign key,
	 * the referenced table.
	 */
	private static List<Constraint> keys(Connection connection, String userSchemas, Map<String, Builder> keys,
			Map<String, String> tables) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery(KEY_COLUMNS.formatted(userSchemas))) {
				while (rows.next()) {
					Builder key = keys.get(key(rows.getString("CONSTRAINT_SCHEMA"), rows.getString("CONSTRAINT_NAME")));
					if (key != null) {
						key.add(rows.getString("COLUMN_NAME"));
					}
				}
			}
			try (ResultSet rows = statement.executeQuery(REFERENCES)) {
				while (rows.next()) {
					Builder key = keys.get(key(rows.getString("CONSTRAINT_SCHEMA"), rows.getString("CONSTRAINT_NAME")));
					if (key != null && key.kind == Kind.FOREIGN_KEY) {
						key.referencedTable = tables.get(
								key(rows.getString("UNIQUE_CONSTRAINT_SCHEMA"), rows.getString("UNIQUE_CONSTRAINT_NAME")));
					}
				}
			}
		}
		return build(keys);
	}

	/**
	 * Check constraints, with the columns they read in table order. A check that only says a column
	 * {@code IS NOT NULL} is how HSQLDB stores a NOT NULL constraint, and is read as {@link Kind#NOT_NULL}.
	 */
	private static List<Constraint> checks(Connection connection, String userSchemas, Map<String, Builder> checks)
			throws SQLException {
		Map<String, Builder> read = new LinkedHashMap<>();
		Map<String, Integer> positions = new HashMap<>();
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery(CHECK_CLAUSES)) {
				while (rows.next()) {
					String key = key(rows.getString("CONSTRAINT_SCHEMA"), rows.getString("CONSTRAINT_NAME"));
					Builder check = checks.get(key);
					if (check != null) {
						String clause = rows.getString("CHECK_CLAUSE");
						check.notNull = clause != null && clause.toUpperCase(Locale.ROOT).endsWith(NOT_NULL_CLAUSE);
						read.put(key, check);
					}
				}
			}
			try (ResultSet rows = statement.executeQuery(COLUMN_POSITIONS.formatted(userSchemas))) {
				while (rows.next()) {
					positions.put(column(rows.getString("TABLE_SCHEMA"), rows.getString("TABLE_NAME"),
							rows.getString("COLUMN_NAME")), rows.getInt("ORDINAL_POSITION"));
				}
			}
			try (ResultSet rows = statement.executeQuery(CHECK_COLUMNS.formatted(userSchemas))) {
				while (rows.next()) {
					Builder check = read.get(key(rows.getString("CONSTRAINT_SCHEMA"), rows.getString("CONSTRAINT_NAME")));
					if (check != null && check.schema.equals(rows.getString("TABLE_SCHEMA"))
							&& check.table.equals(rows.getString("TABLE_NAME"))) {
						check.add(rows.getString("COLUMN_NAME"));
					}
				}
			}
		}
		for (Builder check : read.values()) {
			check.columns.sort(Comparator.comparing(
					(String column) -> positions.getOrDefault(column(check.schema, check.table, column), 0)));
			if (check.notNull && check.columns.size() == 1) {
				check.kind = Kind.NOT_NULL;
			}
		}
		return build(read);
	}

	/**
	 * Unique indexes, from a query of the database's own that returns {@code TABLE_SCHEMA}, {@code TABLE_NAME},
	 * {@code CONSTRAINT_NAME} (the index name) and {@code COLUMN_NAME}, ordered by schema, index and column
	 * position. An index named like a constraint already known in its schema is that constraint's own index
	 * (HSQLDB) and is left out.
	 * @param connection the connection
	 * @param query the query
	 * @param constraints the constraints already read
	 * @return the unique indexes not already known as constraints
	 * @throws SQLException when the query fails
	 */
	static List<Constraint> uniqueIndexes(Connection connection, String query, List<Constraint> constraints)
			throws SQLException {
		Map<String, Builder> indexes = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				builder(indexes, rows, Kind.UNIQUE).add(rows.getString("COLUMN_NAME"));
			}
		}
		for (Constraint constraint : constraints) {
			indexes.remove(key(constraint.schema(), constraint.name()));
		}
		return build(indexes);
	}

	private static Kind kind(String constraintType) {
		return switch (constraintType) {
			case "FOREIGN KEY" -> Kind.FOREIGN_KEY;
			case "CHECK" -> Kind.CHECK;
			default -> Kind.UNIQUE;
		};
	}

	private static String column(String schema, String table, String column) {
		return schema + '\0' + table + '\0' + column;
	}

	private static Builder builder(Map<String, Builder> builders, ResultSet row, Kind kind) throws SQLException {
		String schema = row.getString("TABLE_SCHEMA");
		String table = row.getString("TABLE_NAME");
		String name = row.getString("CONSTRAINT_NAME");
		return builders.computeIfAbsent(key(schema, name), (key) -> new Builder(schema, table, name, kind));
	}

	/** Names are unique within a schema, for constraints and, apart, for indexes. */
	private static String key(String schema, String name) {
		return schema + '\0' + name;
	}

	private static List<Constraint> build(Map<String, Builder> builders) {
		List<Constraint> constraints = new ArrayList<>(builders.size());
		for (Builder builder : builders.values()) {
			constraints.add(new Constraint(builder.schema, builder.table, builder.name, builder.kind,
					builder.columns, builder.referencedTable));
		}
		return constraints;
	}

	/** A constraint whose columns arrive one row at a time. */
	private static final class Builder {

		private final String schema;

		private final String table;

		private final String name;

		private Kind kind;

		private final List<String> columns = new ArrayList<>(2);

		private String referencedTable;

		private boolean notNull;

		Builder(String schema, String table, String name, Kind kind) {
			this.schema = schema;
			this.table = table;
			this.name = name;
			this.kind = kind;
		}

		void add(String column) {
			if (column != null && !this.columns.contains(column)) {
				this.columns.add(column);
			}
		}

	}

}
