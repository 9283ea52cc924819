package io.github.rootcause.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
 * {@code pg_constraint} for foreign keys and check constraints. Every schema but {@code pg_*},
 * {@code information_schema} and CockroachDB's {@code crdb_internal} is read.
 *
 * <p>Columns come in key order. For an index entry on an expression, the columns are those the expression reads,
 * taken from the {@code VAR} nodes of {@code pg_index.indexprs}, so {@code unique (tenant, lower(email))} gives
 * {@code [tenant, email]}; a partial index's predicate adds no columns. A check constraint's columns are those it
 * reads ({@code pg_constraint.conkey}). Exclusion constraints are {@link Kind#EXCLUSION}.
 *
 * <p>A database whose {@code pg_catalog} lacks what these queries use (an older CockroachDB or YugabyteDB) is read
 * through {@link JdbcMetadataReader} instead.
 */
final class PostgresCatalogReader implements CatalogReader {

	private static final String NOT_SYSTEM = "n.nspname not like 'pg\\_%' and n.nspname not in "
			+ "('information_schema', 'crdb_internal')";

	/** Unique and exclusion indexes with the constraint they back, if any, and their table's columns. */
	private static final String INDEXES = """
			select n.nspname, t.relname, coalesce(con.conname, i.relname), con.contype,
			       x.indkey::text, x.indnkeyatts, x.indexprs::text,
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
			""".formatted(NOT_SYSTEM);

	/** Foreign keys and checks with their columns in key order and, for a foreign key, the referenced table. */
	private static final String CONSTRAINTS = """
			select n.nspname, t.relname, con.conname, con.contype,
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
			""".formatted(NOT_SYSTEM);

	@Override
	public Catalog read(Connection connection, Database database) throws SQLException {
		List<Constraint> constraints = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery(INDEXES)) {
				while (rows.next()) {
					constraints.add(index(rows));
				}
			}
			try (ResultSet rows = statement.executeQuery(CONSTRAINTS)) {
				while (rows.next()) {
					constraints.add(constraint(rows));
				}
			}
		}
		catch (SQLException ex) {
			if (!connection.getAutoCommit()) {
				throw ex;
			}
			return new JdbcMetadataReader().read(connection, database);
		}
		return Catalog.of(database, JdbcMetadataReader.defaultSchema(connection, database), constraints);
	}

	private static Constraint index(ResultSet rows) throws SQLException {
		Kind kind = "x".equals(rows.getString(4)) ? Kind.EXCLUSION : Kind.UNIQUE;
		List<Integer> key = numbers(rows.getString(5));
		int keyColumns = rows.getInt(6);
		List<Integer> attnums = new ArrayList<>(key.size());
		for (Integer attnum : (keyColumns > 0 && keyColumns < key.size()) ? key.subList(0, keyColumns) : key) {
			if (attnum != 0) {
				attnums.add(attnum);
			}
			else {
				attnums.addAll(expressionColumns(rows.getString(7)));
			}
		}
		Map<Integer, String> names = new HashMap<>();
		List<String> numbers = strings(rows.getArray(8));
		List<String> columnNames = strings(rows.getArray(9));
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
		return new Constraint(rows.getString(1), rows.getString(2), rows.getString(3), kind, List.copyOf(columns),
				null);
	}

	private static Constraint constraint(ResultSet rows) throws SQLException {
		boolean foreignKey = "f".equals(rows.getString(4));
		return new Constraint(rows.getString(1), rows.getString(2), rows.getString(3),
				foreignKey ? Kind.FOREIGN_KEY : Kind.CHECK, strings(rows.getArray(5)),
				foreignKey ? rows.getString(6) : null);
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

	private static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		try {
			Object[] values = (Object[]) array.getArray();
			List<String> strings = new ArrayList<>(values.length);
			for (Object value : values) {
				if (value != null) {
					strings.add(value.toString());
				}
			}
			return strings;
		}
		finally {
			array.free();
		}
	}

}
