package io.github.rootcause.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.rootcause.Kind;

/**
 * Reads constraints from the SQL standard {@code INFORMATION_SCHEMA} views, one query per view for the whole
 * database, joined here: {@code TABLE_CONSTRAINTS}, {@code KEY_COLUMN_USAGE} and {@code REFERENTIAL_CONSTRAINTS}
 * for primary keys, unique constraints and foreign keys; {@code CHECK_CONSTRAINTS}, {@code CONSTRAINT_COLUMN_USAGE}
 * and {@code COLUMNS} for checks; {@code DOMAIN_CONSTRAINTS} and {@code COLUMNS} for the checks of domains, each
 * filed on every column of its domain. The views are joined in memory because H2 builds each view anew for every row
 * of a join: joined in SQL, a schema of 500 tables took seconds to read; apart, milliseconds. H2 and HSQLDB answer
 * these queries alike; their unique indexes, which the standard views leave out, each reader reads itself. The
 * queries and their row mapping serve JDBC and R2DBC alike ({@link CatalogSql}).
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
			select tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.COLUMN_NAME, tc.ORDINAL_POSITION, tc.DOMAIN_SCHEMA, tc.DOMAIN_NAME
			from INFORMATION_SCHEMA.COLUMNS tc
			where %s
			""";

	private static final String DOMAIN_CONSTRAINTS = """
			select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, DOMAIN_SCHEMA, DOMAIN_NAME
			from INFORMATION_SCHEMA.DOMAIN_CONSTRAINTS
			""";

	private static final String NOT_NULL_CLAUSE = " IS NOT NULL";

	/**
	 * The queries of a database that answers the standard views: keys, then checks, then the unique indexes that
	 * are not already known as constraints.
	 * @param userSchemas a condition on {@code tc.TABLE_SCHEMA} that keeps only user schemas
	 * @param uniqueIndexes the database's own query for unique indexes: it returns {@code TABLE_SCHEMA},
	 * {@code TABLE_NAME}, {@code CONSTRAINT_NAME} (the index name) and {@code COLUMN_NAME}, ordered by schema,
	 * index and column position
	 * @param defaultSchema the query for the default schema
	 * @return the queries and their row mapping
	 */
	static CatalogSql sql(String userSchemas, String uniqueIndexes, String defaultSchema) {
		List<CatalogSql.Query> queries = List.of(CatalogSql.Query.required(TABLE_CONSTRAINTS.formatted(userSchemas)),
				CatalogSql.Query.required(KEY_COLUMNS.formatted(userSchemas)), CatalogSql.Query.required(REFERENCES),
				CatalogSql.Query.required(CHECK_CLAUSES), CatalogSql.Query.required(COLUMN_POSITIONS.formatted(userSchemas)),
				CatalogSql.Query.required(CHECK_COLUMNS.formatted(userSchemas)),
				CatalogSql.Query.required(uniqueIndexes),
				CatalogSql.Query.optional(DOMAIN_CONSTRAINTS, "domain constraints"));
		return new CatalogSql() {

			@Override
			public List<CatalogSql.Query> queries(Set<String> schemas) {
				return queries;
			}

			@Override
			public String defaultSchema() {
				return defaultSchema;
			}

			@Override
			public List<Constraint> constraints(List<Rows> results) {
				return InformationSchema.constraints(results);
			}

		};
	}

	private static List<Constraint> constraints(List<Rows> results) {
		Map<String, Builder> keys = new LinkedHashMap<>();
		Map<String, Builder> checks = new LinkedHashMap<>();
		Map<String, String> tables = new HashMap<>();
		for (Rows.Row row : results.get(0).rows()) {
			String key = key(row.string("CONSTRAINT_SCHEMA"), row.string("CONSTRAINT_NAME"));
			String table = row.string("TABLE_NAME");
			Builder builder = new Builder(row.string("TABLE_SCHEMA"), table, row.string("CONSTRAINT_NAME"),
					kind(row.string("CONSTRAINT_TYPE")));
			((builder.kind == Kind.CHECK) ? checks : keys).put(key, builder);
			tables.put(key, table);
		}
		List<Constraint> constraints = new ArrayList<>(keys(results.get(1), results.get(2), keys, tables));
		constraints.addAll(checks(results.get(3), results.get(4), results.get(5), checks));
		constraints.addAll(uniqueIndexes(results.get(6), constraints));
		if (results.size() > 7) {
			constraints.addAll(domainChecks(results.get(7), results.get(4)));
		}
		return constraints;
	}

	/**
	 * The checks of domains ({@code CREATE DOMAIN positive_int AS INT CONSTRAINT ck_positive CHECK (VALUE > 0)}),
	 * one per column of that domain, on the column's table: a domain's constraint is violated through a column,
	 * and H2 names neither the constraint nor the column, only the check's condition.
	 */
	private static List<Constraint> domainChecks(Rows domainConstraints, Rows columns) {
		Map<String, List<String>> byDomain = new HashMap<>();
		for (Rows.Row row : domainConstraints.rows()) {
			byDomain.computeIfAbsent(key(row.string("DOMAIN_SCHEMA"), row.string("DOMAIN_NAME")),
					(domain) -> new ArrayList<>(1)).add(row.string("CONSTRAINT_NAME"));
		}
		List<Constraint> checks = new ArrayList<>();
		if (byDomain.isEmpty()) {
			return checks;
		}
		for (Rows.Row row : columns.rows()) {
			String domain = row.string("DOMAIN_NAME");
			List<String> names = (domain != null) ? byDomain.get(key(row.string("DOMAIN_SCHEMA"), domain)) : null;
			if (names != null) {
				for (String name : names) {
					checks.add(new Constraint(row.string("TABLE_SCHEMA"), row.string("TABLE_NAME"), name, Kind.CHECK,
							List.of(row.string("COLUMN_NAME")), null));
				}
			}
		}
		return checks;
	}

	/**
	 * Primary keys, unique constraints and foreign keys, with their columns in key order and, for a foreign key,
	 * the referenced table.
	 */
	private static List<Constraint> keys(Rows keyColumns, Rows references, Map<String, Builder> keys,
			Map<String, String> tables) {
		for (Rows.Row row : keyColumns.rows()) {
			Builder key = keys.get(key(row.string("CONSTRAINT_SCHEMA"), row.string("CONSTRAINT_NAME")));
			if (key != null) {
				key.add(row.string("COLUMN_NAME"));
			}
		}
		for (Rows.Row row : references.rows()) {
			Builder key = keys.get(key(row.string("CONSTRAINT_SCHEMA"), row.string("CONSTRAINT_NAME")));
			if (key != null && key.kind == Kind.FOREIGN_KEY) {
				key.referencedTable = tables
					.get(key(row.string("UNIQUE_CONSTRAINT_SCHEMA"), row.string("UNIQUE_CONSTRAINT_NAME")));
			}
		}
		return build(keys);
	}

	/**
	 * Check constraints, with the columns they read in table order. A check that only says a column
	 * {@code IS NOT NULL} is how HSQLDB stores a NOT NULL constraint, and is read as {@link Kind#NOT_NULL}.
	 */
	private static List<Constraint> checks(Rows clauses, Rows columnPositions, Rows checkColumns,
			Map<String, Builder> checks) {
		Map<String, Builder> read = new LinkedHashMap<>();
		Map<String, Integer> positions = new HashMap<>();
		for (Rows.Row row : clauses.rows()) {
			String key = key(row.string("CONSTRAINT_SCHEMA"), row.string("CONSTRAINT_NAME"));
			Builder check = checks.get(key);
			if (check != null) {
				String clause = row.string("CHECK_CLAUSE");
				check.notNull = clause != null && clause.toUpperCase(Locale.ROOT).endsWith(NOT_NULL_CLAUSE);
				read.put(key, check);
			}
		}
		for (Rows.Row row : columnPositions.rows()) {
			positions.put(column(row.string("TABLE_SCHEMA"), row.string("TABLE_NAME"), row.string("COLUMN_NAME")),
					row.integer("ORDINAL_POSITION"));
		}
		for (Rows.Row row : checkColumns.rows()) {
			Builder check = read.get(key(row.string("CONSTRAINT_SCHEMA"), row.string("CONSTRAINT_NAME")));
			if (check != null && check.schema.equals(row.string("TABLE_SCHEMA"))
					&& check.table.equals(row.string("TABLE_NAME"))) {
				check.add(row.string("COLUMN_NAME"));
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
	 * Unique indexes. An index named like a constraint already known in its schema is that constraint's own index
	 * (HSQLDB) and is left out.
	 */
	private static List<Constraint> uniqueIndexes(Rows rows, List<Constraint> constraints) {
		Map<String, Builder> indexes = new LinkedHashMap<>();
		for (Rows.Row row : rows.rows()) {
			String schema = row.string("TABLE_SCHEMA");
			String table = row.string("TABLE_NAME");
			String name = row.string("CONSTRAINT_NAME");
			indexes.computeIfAbsent(key(schema, name), (key) -> new Builder(schema, table, name, Kind.UNIQUE))
				.add(row.string("COLUMN_NAME"));
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
