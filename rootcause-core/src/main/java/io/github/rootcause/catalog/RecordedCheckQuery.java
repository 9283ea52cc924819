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
 * Runs one catalog query for check constraints on a database that cannot be tested here (Oracle, SQL Server,
 * Db2), whose rows are {@code schema, table, constraint, column} (the column {@code null} for a table-level
 * check), one row per checked column. The query cannot be tried against a server here, so a failure never fails
 * the catalog read: it only leaves the checks out, and the resolver names the table of a check from the failed
 * statement instead.
 */
final class RecordedCheckQuery {

	private RecordedCheckQuery() {
	}

	/** A check's identity while its rows are gathered. */
	private record Key(String schema, String table, String name) {
	}

	static List<Constraint> read(Connection connection, String sql) {
		Map<Key, List<String>> checks = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				String table = rows.getString(2);
				String name = rows.getString(3);
				if (table == null || name == null) {
					continue;
				}
				List<String> columns = checks.computeIfAbsent(new Key(rows.getString(1), table, name),
						(key) -> new ArrayList<>(1));
				String column = rows.getString(4);
				if (column != null && !columns.contains(column)) {
					columns.add(column);
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			return List.of();
		}
		List<Constraint> constraints = new ArrayList<>(checks.size());
		checks.forEach((key, columns) -> constraints
			.add(new Constraint(key.schema(), key.table(), key.name(), Kind.CHECK, columns, null)));
		return constraints;
	}

}
