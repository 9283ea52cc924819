package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.rootcause.Database;
import io.github.rootcause.Kind;

/**
 * Reads a PostgreSQL catalog in two queries, whatever the number of tables: one over {@code pg_index} for primary
 * keys, unique constraints, unique indexes (partial and expression ones too) and exclusion constraints, one over
 * {@code pg_constraint} for foreign keys and check constraints. The connection's current schema is read, and the
 * schemas asked for; with none (no current schema), every schema but {@code pg_*}, {@code information_schema} and
 * CockroachDB's {@code crdb_internal}.
 *
 * <p>Columns come in key order. For an index entry on an expression, the columns are those the expression reads,
 * taken from the {@code VAR} nodes of {@code pg_index.indexprs}, so {@code unique (tenant, lower(email))} gives
 * {@code [tenant, email]}; a partial index's predicate adds no columns. A check constraint's columns are those it
 * reads ({@code pg_constraint.conkey}). Exclusion constraints are {@link Kind#EXCLUSION}.
 *
 * <p>The queries and their row mapping ({@link #SQL}) serve JDBC and R2DBC alike. Over JDBC, a database whose
 * {@code pg_catalog} lacks what these queries use (an older CockroachDB or YugabyteDB) is read through
 * {@link JdbcMetadataReader} instead.
 */
final class PostgresCatalogReader implements CatalogReader {

	private static final String NOT_SYSTEM = "n.nspname not like 'pg\\_%' and n.nspname not in "
			+ "('information_schema', 'crdb_internal')";

	/** Unique and exclusion indexes with the constraint they back, if any, and their table's columns. */
	private static final String INDEXES = """
			select n.nspname, t.relname, coalesce(con.conname, i.relname), con.contype::text,
			       x.indkey::text, x.indnkeyatts::int, x.indexprs::text,
			       array(select a.attnum::text from pg_catalog.pg_attribute a
			             where a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped order by a.attnum),
			       array(select a.attname::text from pg_catalog.pg_attribute a
			             where a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped order by a.attnum)
			from pg_catalog.pg_index x
			join pg_catalog.pg_class i on i.oid = x.indexrelid
			join pg_catalog.pg_class t on t.oid = x.indrelid
			join pg_catalog.pg_namespace n on n.oid = t.relnamespace
			left join pg_catalog.pg_constraint con on con.conindid = x.indexrelid and con.conrelid = x.indrelid
			     and con.contype in ('p', 'u', 'x')
			where (x.indisunique or con.contype = 'x') and %s
			order by n.nspname, t.relname, 3
			""";

	/** Foreign keys and checks with their columns in key order and, for a foreign key, the referenced table. */
	private static final String CONSTRAINTS = """
			select n.nspname, t.relname, con.conname, con.contype::text,
			       array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, position)
			             join pg_catalog.pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
			             order by k.position),
			       f.relname
			from pg_catalog.pg_constraint con
			join pg_catalog.pg_class t on t.oid = con.conrelid
			join pg_catalog.pg_namespace n on n.oid = t.relnamespace
			left join pg_catalog.pg_class f on f.oid = con.confrelid
			where con.contype in ('f', 'c') and %s
			order by n.nspname, t.relname, con.conname
			""";

	/** What a catalog read through {@code DatabaseMetaData} lacks. */
	private static final List<String> FALLBACK_LACKS = List.of("check constraints", "exclusion constraints",
			"expression indexes");

	/** The queries and their row mapping, over JDBC and R2DBC. */
	static final CatalogSql SQL = new CatalogSql() {

		@Override
		public List<CatalogSql.Query> queries(Set<String> schemas) {
			String within = schemas.isEmpty() ? NOT_SYSTEM
					: "n.nspname in (" + CatalogSql.literals(schemas, false) + ")";
			return List.of(CatalogSql.Query.required(INDEXES.formatted(within)),
					CatalogSql.Query.required(CONSTRAINTS.formatted(within)));
		}

		@Override
		public boolean scoped() {
			return true;
		}

		@Override
		public String defaultSchema() {
			return "select current_schema()";
		}

		@Override
		public List<Constraint> constraints(List<Rows> results) {
			List<Constraint> constraints = new ArrayList<>();
			for (Rows.Row row : results.get(0).rows()) {
				constraints.add(index(row));
			}
			for (Rows.Row row : results.get(1).rows()) {
				constraints.add(constraint(row));
			}
			return constraints;
		}

	};

	@Override
	public Catalog read(Connection connection, Database database) throws SQLException {
		return read(connection, database, List.of());
	}

	@Override
	public Catalog read(Connection connection, Database database, Collection<String> schemas) throws SQLException {
		try {
			return CatalogSql.read(connection, database, SQL, schemas);
		}
		catch (SQLException ex) {
			if (!connection.getAutoCommit()) {
				throw ex;
			}
			// An older CockroachDB or YugabyteDB, or a pg_catalog query that failed (a statement timeout): the
			// catalog is kept without what only pg_catalog tells, and read again later.
			return new JdbcMetadataReader().read(connection, database).lacking(FALLBACK_LACKS);
		}
	}

	private static Constraint index(Rows.Row row) {
		Kind kind = "x".equals(row.string(4)) ? Kind.EXCLUSION : Kind.UNIQUE;
		List<Integer> key = numbers(row.string(5));
		int keyColumns = row.integer(6);
		List<Integer> attnums = new ArrayList<>(key.size());
		for (Integer attnum : (keyColumns > 0 && keyColumns < key.size()) ? key.subList(0, keyColumns) : key) {
			if (attnum != 0) {
				attnums.add(attnum);
			}
			else {
				attnums.addAll(expressionColumns(row.string(7)));
			}
		}
		Map<Integer, String> names = new HashMap<>();
		List<String> numbers = row.strings(8);
		List<String> columnNames = row.strings(9);
		for (int i = 0; i < Math.min(numbers.size(), columnNames.size()); i++) {
			names.put(Integer.valueOf(numbers.get(i)), columnNames.get(i));
		}
		Set<String> columns = new LinkedHashSet<>();
		for (Integer attnum : attnums) {
			String name = names.get(attnum);
			if (name != null) {
				columns.add(name);
			}
		}
		return new Constraint(row.string(1), row.string(2), row.string(3), kind, List.copyOf(columns), null);
	}

	private static Constraint constraint(Rows.Row row) {
		boolean foreignKey = "f".equals(row.string(4));
		return new Constraint(row.string(1), row.string(2), row.string(3), foreignKey ? Kind.FOREIGN_KEY : Kind.CHECK,
				row.strings(5), foreignKey ? row.string(6) : null);
	}

	/**
	 * The attribute numbers of the table columns that index expressions read: each {@code :varattno n} of a
	 * {@code VAR} node in the text form of {@code pg_index.indexprs}, in order of appearance.
	 * @param expressions the node tree as text, may be {@code null}
	 * @return the attribute numbers, without repeats
	 */
	static List<Integer> expressionColumns(String expressions) {
		Set<Integer> attnums = new LinkedHashSet<>();
		if (expressions == null) {
			return List.of();
		}
		int at = expressions.indexOf("{VAR ");
		while (at >= 0) {
			int next = expressions.indexOf("{VAR ", at + 5);
			int end = (next < 0) ? expressions.length() : next;
			int attno = expressions.indexOf(":varattno ", at);
			if (attno >= 0 && attno < end) {
				int number = number(expressions, attno + ":varattno ".length());
				if (number > 0) {
					attnums.add(number);
				}
			}
			at = next;
		}
		return List.copyOf(attnums);
	}

	private static int number(String text, int from) {
		int value = 0;
		int i = from;
		while (i < text.length() && i - from < 6 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
			value = value * 10 + (text.charAt(i) - '0');
			i++;
		}
		return (i > from) ? value : -1;
	}

	/** The numbers of an {@code int2vector}'s text form, such as {@code "1 3 0"}. */
	private static List<Integer> numbers(String vector) {
		List<Integer> numbers = new ArrayList<>();
		if (vector == null) {
			return numbers;
		}
		for (String part : vector.trim().split(" ")) {
			if (!part.isEmpty()) {
				numbers.add(Integer.valueOf(part));
			}
		}
		return numbers;
	}

}
