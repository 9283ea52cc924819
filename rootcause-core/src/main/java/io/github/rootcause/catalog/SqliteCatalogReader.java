package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.catalog.SqliteDefinition.Declared;

/**
 * Reads SQLite's catalog, in every attached database ({@code main} and those added with {@code ATTACH}), from
 * {@code sqlite_master} and the pragmas {@code table_info}, {@code index_list}, {@code index_info} and
 * {@code foreign_key_list}, and from the {@code CREATE} statements for what the pragmas do not tell.
 *
 * <p>Names follow what SQLite reports in its errors and what the schema declares:
 * <ul>
 * <li>a unique or primary key constraint declared with {@code CONSTRAINT name} carries that name (SQLite itself
 * keeps only its {@code sqlite_autoindex_t_N} index, under which an unnamed one appears); a unique index created
 * with {@code CREATE UNIQUE INDEX}, its name; an {@code INTEGER PRIMARY KEY}, which has no index, the declared
 * name or none;</li>
 * <li>an index on an expression lists the table columns the expression reads;</li>
 * <li>a check carries the name SQLite reports when it fails: the declared name, else its expression as written;
 * its columns are the column it is declared on, or the columns its expression reads;</li>
 * <li>a foreign key carries the name declared with {@code CONSTRAINT name}, or none (an empty name): SQLite gives
 * unnamed foreign keys no name at all, and rootcause does not make one up; and its {@code ON DELETE} rule, since
 * SQLite names no key when a delete fails, and only the keys that do not cascade can stop it.</li>
 * </ul>
 */
final class SqliteCatalogReader implements CatalogReader {

	private static final String NO_NAME = "";

	@Override
	public Catalog read(Connection connection, Database database) throws SQLException {
		List<Constraint> constraints = new ArrayList<>();
		for (String schema : schemas(connection)) {
			readSchema(connection, schema, constraints);
		}
		return Catalog.of(database, "main", constraints);
	}

	private static List<String> schemas(Connection connection) throws SQLException {
		List<String> schemas = new ArrayList<>(2);
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("PRAGMA database_list")) {
			while (rows.next()) {
				String name = rows.getString("name");
				if (name != null && !name.equals("temp")) {
					schemas.add(name);
				}
			}
		}
		return schemas;
	}

	private static void readSchema(Connection connection, String schema, List<Constraint> constraints)
			throws SQLException {
		Map<String, String> tables = new LinkedHashMap<>();
		Map<String, String> indexes = new HashMap<>();
		String master = "\"" + schema.replace("\"", "\"\"") + "\".sqlite_master";
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT type, name, sql FROM " + master
						+ " WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
			while (rows.next()) {
				(rows.getString(1).equals("table") ? tables : indexes).put(rows.getString(2), rows.getString(3));
			}
		}
		try (PreparedStatement columns = connection.prepareStatement(
				"SELECT name, pk FROM pragma_table_info(?, ?) ORDER BY cid");
				PreparedStatement indexList = connection.prepareStatement(
						"SELECT name, \"unique\", origin FROM pragma_index_list(?, ?)");
				PreparedStatement indexInfo = connection.prepareStatement(
						"SELECT cid, name FROM pragma_index_info(?, ?) ORDER BY seqno");
				PreparedStatement foreignKeys = connection.prepareStatement(
						"SELECT id, \"table\", \"from\", on_delete FROM pragma_foreign_key_list(?, ?)"
								+ " ORDER BY id, seq")) {
			Pragmas pragmas = new Pragmas(schema, columns, indexList, indexInfo, foreignKeys);
			for (Map.Entry<String, String> table : tables.entrySet()) {
				pragmas.table(table.getKey(), SqliteDefinition.constraints(table.getValue()), indexes, constraints);
			}
		}
	}

	/** The pragma statements of one schema, run table by table. */
	private record Pragmas(String schema, PreparedStatement columns, PreparedStatement indexList,
			PreparedStatement indexInfo, PreparedStatement foreignKeys) {

		void table(String table, List<Declared> declared, Map<String, String> indexSql, List<Constraint> out)
				throws SQLException {
			List<String> columnNames = new ArrayList<>();
			Map<Integer, String> primaryKey = new TreeMap<>();
			try (ResultSet rows = query(this.columns, table)) {
				while (rows.next()) {
					columnNames.add(rows.getString(1));
					if (rows.getInt(2) > 0) {
						primaryKey.put(rows.getInt(2), rows.getString(1));
					}
				}
			}
			boolean primaryKeyIndexed = false;
			Map<String, String> uniqueIndexes = new LinkedHashMap<>();
			try (ResultSet rows = query(this.indexList, table)) {
				while (rows.next()) {
					if (rows.getInt(2) == 1) {
						uniqueIndexes.put(rows.getString(1), rows.getString(3));
						primaryKeyIndexed |= "pk".equals(rows.getString(3));
					}
				}
			}
			for (Map.Entry<String, String> index : uniqueIndexes.entrySet()) {
				List<String> indexed = indexColumns(index.getKey(), indexSql.get(index.getKey()), columnNames);
				String name = index.getKey();
				if (!"c".equals(index.getValue())) {
					name = declaredName(declared, Kind.UNIQUE, "pk".equals(index.getValue()), indexed, name);
				}
				out.add(new Constraint(this.schema, table, name, Kind.UNIQUE, indexed, null));
			}
			if (!primaryKey.isEmpty() && !primaryKeyIndexed) {
				List<String> key = List.copyOf(primaryKey.values());
				out.add(new Constraint(this.schema, table, declaredName(declared, Kind.UNIQUE, true, key, NO_NAME),
						Kind.UNIQUE, key, null));
			}
			foreignKeys(table, declared, out);
			for (Declared check : declared) {
				if (check.kind() == Kind.CHECK) {
					List<String> checked = check.columns().isEmpty()
							? SqliteDefinition.columnsIn(check.expression(), columnNames) : check.columns();
					out.add(new Constraint(this.schema, table, check.checkName(), Kind.CHECK, checked, null));
				}
			}
		}

		private List<String> indexColumns(String index, String sql, List<String> tableColumns) throws SQLException {
			List<String> names = new ArrayList<>(2);
			boolean expression = false;
			try (ResultSet rows = query(this.indexInfo, index)) {
				while (rows.next()) {
					String name = rows.getString(2);
					if (name != null && rows.getInt(1) >= 0) {
						names.add(name);
					}
					else {
						expression = true;
					}
				}
			}
			return expression ? SqliteDefinition.indexedColumns(sql, tableColumns) : names;
		}

		private void foreignKeys(String table, List<Declared> declared, List<Constraint> out) throws SQLException {
			Map<Integer, List<String>> columns = new LinkedHashMap<>();
			Map<Integer, String> parents = new HashMap<>();
			Map<Integer, String> onDelete = new HashMap<>();
			try (ResultSet rows = query(this.foreignKeys, table)) {
				while (rows.next()) {
					columns.computeIfAbsent(rows.getInt(1), (id) -> new ArrayList<>(1)).add(rows.getString(3));
					parents.put(rows.getInt(1), rows.getString(2));
					onDelete.put(rows.getInt(1), rows.getString(4));
				}
			}
			columns.forEach((id, keyColumns) -> out.add(new Constraint(this.schema, table,
					declaredName(declared, Kind.FOREIGN_KEY, false, keyColumns, NO_NAME), Kind.FOREIGN_KEY,
					keyColumns, parents.get(id), onDelete.get(id), null)));
		}

		private ResultSet query(PreparedStatement statement, String argument) throws SQLException {
			statement.setString(1, argument);
			statement.setString(2, this.schema);
			return statement.executeQuery();
		}

	}

	/** The name declared for the constraint of that kind on exactly those columns, else the fallback. */
	private static String declaredName(List<Declared> declared, Kind kind, boolean primaryKey, List<String> columns,
			String fallback) {
		for (Declared candidate : declared) {
			if (candidate.kind() == kind && candidate.name() != null && candidate.primaryKey() == primaryKey
					&& sameColumns(candidate.columns(), columns)) {
				return candidate.name();
			}
		}
		return fallback;
	}

	private static boolean sameColumns(List<String> declared, List<String> actual) {
		if (declared.size() != actual.size()) {
			return false;
		}
		for (int i = 0; i < declared.size(); i++) {
			if (!declared.get(i).equalsIgnoreCase(actual.get(i))) {
				return false;
			}
		}
		return true;
	}

}
