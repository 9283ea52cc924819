package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.rootcause.Database;
import io.github.rootcause.Kind;

/**
 * Reads constraints from the SQL standard {@code INFORMATION_SCHEMA} views, each kind in one query for the whole
 * database: {@code TABLE_CONSTRAINTS}, {@code KEY_COLUMN_USAGE} and {@code REFERENTIAL_CONSTRAINTS} for primary
 * keys, unique constraints and foreign keys; {@code CHECK_CONSTRAINTS}, {@code CONSTRAINT_COLUMN_USAGE} and
 * {@code COLUMNS} for checks. H2 and HSQLDB answer these queries alike; their unique indexes, which the standard
 * views leave out, each reader reads itself.
 */
final class InformationSchema {

	private static final String KEYS = """
			select tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME,
			    p.TABLE_NAME as REFERENCED_TABLE
			from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
			left join INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
			    on k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
			left join INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r
			    on r.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and r.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
			left join INFORMATION_SCHEMA.TABLE_CONSTRAINTS p
			    on p.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA and p.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME
			where tc.CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') and %s
			order by tc.CONSTRAINT_SCHEMA, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION
			""";

	private static final String CHECKS = """
			select tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, u.COLUMN_NAME
			from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
			join INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc
			    on cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
			left join INFORMATION_SCHEMA.CONSTRAINT_COLUMN_USAGE u
			    on u.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and u.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
			    and u.TABLE_SCHEMA = tc.TABLE_SCHEMA and u.TABLE_NAME = tc.TABLE_NAME
			left join INFORMATION_SCHEMA.COLUMNS c
			    on c.TABLE_SCHEMA = u.TABLE_SCHEMA and c.TABLE_NAME = u.TABLE_NAME and c.COLUMN_NAME = u.COLUMN_NAME
			where tc.CONSTRAINT_TYPE = 'CHECK' and %s
			order by tc.CONSTRAINT_SCHEMA, tc.CONSTRAINT_NAME, c.ORDINAL_POSITION
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
		List<Constraint> constraints = new ArrayList<>(keys(connection, userSchemas));
		constraints.addAll(checks(connection, userSchemas));
		constraints.addAll(uniqueIndexes(connection, uniqueIndexes, constraints));
		return Catalog.of(database, JdbcMetadataReader.defaultSchema(connection, database), constraints);
	}

	/**
	 * Primary keys, unique constraints and foreign keys, with their columns in key order and, for a foreign key,
	 * the referenced table.
	 * @param connection the connection
	 * @param userSchemas a condition on {@code tc.TABLE_SCHEMA} that keeps only user schemas
	 * @return the constraints, by schema and name
	 * @throws SQLException when the views cannot be read
	 */
	static List<Constraint> keys(Connection connection, String userSchemas) throws SQLException {
		Map<String, Builder> keys = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(KEYS.formatted(userSchemas))) {
			while (rows.next()) {
				String type = rows.getString("CONSTRAINT_TYPE");
				Kind kind = "FOREIGN KEY".equals(type) ? Kind.FOREIGN_KEY : Kind.UNIQUE;
				Builder key = builder(keys, rows, kind);
				key.add(rows.getString("COLUMN_NAME"));
				if (kind == Kind.FOREIGN_KEY && key.referencedTable == null) {
					key.referencedTable = rows.getString("REFERENCED_TABLE");
				}
			}
		}
		return build(keys);
	}

	/**
	 * Check constraints, with the columns they read in table order. A check that only says a column
	 * {@code IS NOT NULL} is how HSQLDB stores a NOT NULL constraint, and is read as {@link Kind#NOT_NULL}.
	 * @param connection the connection
	 * @param userSchemas a condition on {@code tc.TABLE_SCHEMA} that keeps only user schemas
	 * @return the checks, by schema and name
	 * @throws SQLException when the views cannot be read
	 */
	static List<Constraint> checks(Connection connection, String userSchemas) throws SQLException {
		Map<String, Builder> checks = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(CHECKS.formatted(userSchemas))) {
			while (rows.next()) {
				Builder check = builder(checks, rows, Kind.CHECK);
				check.add(rows.getString("COLUMN_NAME"));
				String clause = rows.getString("CHECK_CLAUSE");
				check.notNull = clause != null && clause.toUpperCase(Locale.ROOT).endsWith(NOT_NULL_CLAUSE);
			}
		}
		for (Builder check : checks.values()) {
			if (check.notNull && check.columns.size() == 1) {
				check.kind = Kind.NOT_NULL;
			}
		}
		return build(checks);
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
