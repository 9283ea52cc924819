package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.rootcause.Kind;

/**
 * Runs one catalog query of a database that cannot be tested here (Oracle, SQL Server, Db2) whose rows are
 * {@code schema, table, name, type, column, referenced table}, one row per constrained column in the
 * constraint's order. {@code type} is {@code U} (primary key, unique constraint or unique index), {@code F}
 * (foreign key) or {@code C} (check). A {@code null} column (an expression in an index, a table-level check)
 * means the constraint's columns are not known, and leaves them empty.
 */
final class CatalogQuery {

	private CatalogQuery() {
	}

	/** A constraint's identity while its rows are gathered. */
	private record Key(String schema, String table, String name, Kind kind) {
	}

	/**
	 * Reads the constraints the query returns.
	 * @param connection the connection
	 * @param sql the query
	 * @return the constraints, in the order of their first rows
	 * @throws SQLException when the query fails
	 */
	static List<Constraint> read(Connection connection, String sql) throws SQLException {
		Map<Key, List<String>> columns = new LinkedHashMap<>();
		Map<Key, String> referenced = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				String table = rows.getString(2);
				String name = rows.getString(3);
				Kind kind = kind(rows.getString(4));
				if (table == null || name == null || kind == null) {
					continue;
				}
				Key key = new Key(rows.getString(1), table, name, kind);
				String column = rows.getString(5);
				List<String> known = columns.get(key);
				if (column == null) {
					columns.put(key, null);
				}
				else if (known != null && !known.contains(column)) {
					known.add(column);
				}
				else if (!columns.containsKey(key)) {
					columns.put(key, new ArrayList<>(List.of(column)));
				}
				String parent = rows.getString(6);
				if (parent != null) {
					referenced.put(key, parent);
				}
			}
		}
		List<Constraint> constraints = new ArrayList<>(columns.size());
		columns.forEach((key, names) -> constraints.add(new Constraint(key.schema(), key.table(), key.name(),
				key.kind(), names, (key.kind() == Kind.FOREIGN_KEY) ? referenced.get(key) : null)));
		return constraints;
	}

	private static Kind kind(String type) {
		if (type == null) {
			return null;
		}
		return switch (type.trim()) {
			case "U" -> Kind.UNIQUE;
			case "F" -> Kind.FOREIGN_KEY;
			case "C" -> Kind.CHECK;
			default -> null;
		};
	}

}
