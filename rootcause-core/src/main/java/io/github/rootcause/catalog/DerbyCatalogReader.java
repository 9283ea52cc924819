package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.rootcause.Database;
import io.github.rootcause.Kind;

/**
 * Reads Apache Derby's catalog from its system tables in six queries, whatever the number of tables: primary
 * keys and unique constraints ({@code SYS.SYSCONSTRAINTS} and {@code SYS.SYSKEYS}), unique indexes that back no
 * constraint ({@code SYS.SYSCONGLOMERATES}), foreign keys ({@code SYS.SYSFOREIGNKEYS}) and checks
 * ({@code SYS.SYSCHECKS}), all under the names Derby reports in its errors (the constraint name, not the name of
 * the index behind it).
 *
 * <p>Derby keeps a constraint's columns as positions in the descriptor of its index ({@code UNIQUE BTREE (2, 3)})
 * or in the check's referenced columns ({@code (4)}); they are read as text and mapped to names through
 * {@code SYS.SYSCOLUMNS}.
 */
final class DerbyCatalogReader implements CatalogReader {

	private static final String TABLES = "SELECT t.TABLEID, s.SCHEMANAME, t.TABLENAME FROM SYS.SYSTABLES t "
			+ "JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID WHERE t.TABLETYPE = 'T'";

	private static final String COLUMNS = "SELECT c.REFERENCEID, c.COLUMNNUMBER, c.COLUMNNAME FROM SYS.SYSCOLUMNS c "
			+ "JOIN SYS.SYSTABLES t ON t.TABLEID = c.REFERENCEID WHERE t.TABLETYPE = 'T'";

	private static final String KEYS = "SELECT c.TABLEID, c.CONSTRAINTNAME, "
			+ "CAST(g.DESCRIPTOR AS VARCHAR(32672)) FROM SYS.SYSCONSTRAINTS c "
			+ "JOIN SYS.SYSKEYS k ON k.CONSTRAINTID = c.CONSTRAINTID "
			+ "JOIN SYS.SYSCONGLOMERATES g ON g.CONGLOMERATEID = k.CONGLOMERATEID";

	private static final String UNIQUE_INDEXES = "SELECT g.TABLEID, g.CONGLOMERATENAME, "
			+ "CAST(g.DESCRIPTOR AS VARCHAR(32672)) FROM SYS.SYSCONGLOMERATES g "
			+ "WHERE g.ISINDEX AND NOT g.ISCONSTRAINT";

	private static final String FOREIGN_KEYS = "SELECT c.TABLEID, c.CONSTRAINTNAME, "
			+ "CAST(g.DESCRIPTOR AS VARCHAR(32672)), r.TABLEID FROM SYS.SYSCONSTRAINTS c "
			+ "JOIN SYS.SYSFOREIGNKEYS f ON f.CONSTRAINTID = c.CONSTRAINTID "
			+ "JOIN SYS.SYSCONGLOMERATES g ON g.CONGLOMERATEID = f.CONGLOMERATEID "
			+ "JOIN SYS.SYSCONSTRAINTS r ON r.CONSTRAINTID = f.KEYCONSTRAINTID";

	private static final String CHECKS = "SELECT c.TABLEID, c.CONSTRAINTNAME, "
			+ "CAST(k.REFERENCEDCOLUMNS AS VARCHAR(32672)) FROM SYS.SYSCONSTRAINTS c "
			+ "JOIN SYS.SYSCHECKS k ON k.CONSTRAINTID = c.CONSTRAINTID";

	@Override
	public Catalog read(Connection connection, Database database) throws SQLException {
		Map<String, String[]> tables = new HashMap<>();
		Map<String, Map<Integer, String>> columns = new HashMap<>();
		List<Constraint> constraints = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery(TABLES)) {
				while (rows.next()) {
					tables.put(rows.getString(1), new String[] { rows.getString(2), rows.getString(3) });
				}
			}
			try (ResultSet rows = statement.executeQuery(COLUMNS)) {
				while (rows.next()) {
					columns.computeIfAbsent(rows.getString(1), (id) -> new HashMap<>())
						.put(rows.getInt(2), rows.getString(3));
				}
			}
			Reader reader = new Reader(tables, columns, constraints);
			reader.read(statement, KEYS, Kind.UNIQUE, false);
			reader.read(statement, UNIQUE_INDEXES, Kind.UNIQUE, true);
			reader.read(statement, FOREIGN_KEYS, Kind.FOREIGN_KEY, false);
			reader.read(statement, CHECKS, Kind.CHECK, false);
		}
		return Catalog.of(database, JdbcMetadataReader.defaultSchema(connection, database), constraints);
	}

	/**
	 * The column positions in a descriptor such as {@code UNIQUE WITH DUPLICATE NULLS BTREE (2, 3)} or
	 * {@code (4)}: the numbers inside its last parentheses.
	 * @param descriptor the descriptor as text, may be {@code null}
	 * @return the positions in order
	 */
	static List<Integer> positions(String descriptor) {
		List<Integer> positions = new ArrayList<>(2);
		if (descriptor == null) {
			return positions;
		}
		int open = descriptor.lastIndexOf('(');
		int value = -1;
		for (int i = open + 1; i < descriptor.length(); i++) {
			char c = descriptor.charAt(i);
			if (c >= '0' && c <= '9' && value < 100_000) {
				value = ((value < 0) ? 0 : value * 10) + (c - '0');
			}
			else {
				if (value >= 0) {
					positions.add(value);
				}
				value = -1;
				if (c == ')') {
					break;
				}
			}
		}
		if (value >= 0) {
			positions.add(value);
		}
		return positions;
	}

	/** Turns rows of (table id, name, descriptor[, referenced table id]) into constraints. */
	private record Reader(Map<String, String[]> tables, Map<String, Map<Integer, String>> columns,
			List<Constraint> constraints) {

		void read(Statement statement, String sql, Kind kind, boolean uniqueOnly) throws SQLException {
			try (ResultSet rows = statement.executeQuery(sql)) {
				while (rows.next()) {
					String[] table = this.tables.get(rows.getString(1));
					String descriptor = rows.getString(3);
					if (table == null || (uniqueOnly && (descriptor == null || !descriptor.startsWith("UNIQUE")))) {
						continue;
					}
					String referenced = null;
					if (kind == Kind.FOREIGN_KEY) {
						String[] parent = this.tables.get(rows.getString(4));
						referenced = (parent != null) ? parent[1] : null;
					}
					this.constraints.add(new Constraint(table[0], table[1], rows.getString(2), kind,
							names(rows.getString(1), descriptor), referenced));
				}
			}
		}

		private List<String> names(String tableId, String descriptor) {
			Map<Integer, String> byPosition = this.columns.getOrDefault(tableId, new TreeMap<>());
			List<String> names = new ArrayList<>(2);
			for (int position : positions(descriptor)) {
				String name = byPosition.get(position);
				if (name != null) {
					names.add(name);
				}
			}
			return names;
		}

	}

}
