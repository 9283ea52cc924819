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
 * Reads a PostgreSQL catalog in four queries, whatever the number of tables: one over {@code pg_index} for primary
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
 * <p>A partition's copy of a constraint (the index PostgreSQL makes on each partition, under a name of its own such
 * as {@code account_2024_email_key}, and the foreign keys and checks it clones) is linked to the one declared on
 * the partitioned table at the root of its tree ({@link Constraint#declared()}), read by a third query over
 * {@code pg_inherits}; that query failing leaves the partitions unlinked (the catalog lacks {@code "partitions"}).
 * A fourth query files each check of a domain on every table column of that domain, since PostgreSQL reports
 * only the domain's constraint.
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
			             where a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped order by a.attnum),
			       i.relname
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

	/**
	 * Each partition and each index of a partition with the partitioned table (and index) at the root of its tree:
	 * the root's table, and the name of the constraint its index backs (else the index's). Partitions only, not the
	 * children of {@code INHERITS}, which are tables of their own.
	 */
	private static final String PARTITIONS = """
			with recursive up(leaf, parent) as (
			  select h.inhrelid, h.inhparent from pg_catalog.pg_inherits h
			  join pg_catalog.pg_class c on c.oid = h.inhrelid where c.relispartition
			  union all
			  select up.leaf, h.inhparent from up join pg_catalog.pg_inherits h on h.inhrelid = up.parent
			)
			select n.nspname, c.relname, c.relkind::text, rn.nspname, coalesce(rt.relname, r.relname),
			       coalesce(rcon.conname, r.relname)
			from up
			join pg_catalog.pg_class c on c.oid = up.leaf
			join pg_catalog.pg_namespace n on n.oid = c.relnamespace
			join pg_catalog.pg_class r on r.oid = up.parent
			join pg_catalog.pg_namespace rn on rn.oid = r.relnamespace
			left join pg_catalog.pg_index ri on ri.indexrelid = r.oid
			left join pg_catalog.pg_class rt on rt.oid = ri.indrelid
			left join pg_catalog.pg_constraint rcon on rcon.conindid = r.oid and rcon.conrelid = ri.indrelid
			     and rcon.contype in ('p', 'u', 'x')
			where not exists (select 1 from pg_catalog.pg_inherits h2 where h2.inhrelid = up.parent) and %s
			""";

	/**
	 * The checks of domains, one row per table column of the domain: PostgreSQL reports the domain's constraint and
	 * neither the table nor the column.
	 */
	private static final String DOMAIN_CHECKS = """
			select n.nspname, t.relname, con.conname, con.contype::text, array[a.attname::text], null::text
			from pg_catalog.pg_constraint con
			join pg_catalog.pg_attribute a on a.atttypid = con.contypid and a.attnum > 0 and not a.attisdropped
			join pg_catalog.pg_class t on t.oid = a.attrelid and t.relkind in ('r', 'p')
			join pg_catalog.pg_namespace n on n.oid = t.relnamespace
			where con.contype = 'c' and con.contypid <> 0 and %s
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
					CatalogSql.Query.required(CONSTRAINTS.formatted(within)),
					CatalogSql.Query.optional(PARTITIONS.formatted(within), "partitions"),
					CatalogSql.Query.optional(DOMAIN_CHECKS.formatted(within), "domain checks"));
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
			List<String> indexNames = new ArrayList<>();
			for (Rows.Row row : results.get(0).rows()) {
				constraints.add(index(row));
				indexNames.add(row.string(10));
			}
			for (Rows.Row row : results.get(1).rows()) {
				constraints.add(constraint(row));
			}
			if (results.size() > 2) {
				constraints = Partitions.declared(constraints, indexNames, results.get(2));
			}
			if (results.size() > 3) {
				for (Rows.Row row : results.get(3).rows()) {
					constraints.add(constraint(row));
				}
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
