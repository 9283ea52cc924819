package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.rootcause.Database;
import io.github.rootcause.Kind;

/**
 * Reads primary keys, unique indexes and foreign keys through {@link DatabaseMetaData}, table by table. It works
 * on every driver but costs three round trips per table and knows nothing of check constraints, so databases with
 * a richer catalog have readers of their own that extend what it reads.
 */
class JdbcMetadataReader implements CatalogReader {

	private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog", "sys",
			"sysibm", "syscat", "sysstat", "sysfun", "sysproc", "sysibmadm", "syscs_diag", "syscs_util", "sqlj",
			"mysql", "performance_schema", "system_lobs", "ctxsys", "mdsys", "xdb", "outln", "system");

	@Override
	public Catalog read(Connection connection, Database database) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		List<Constraint> constraints = new ArrayList<>();
		for (Table table : tables(metaData)) {
			constraints.addAll(primaryKey(metaData, table));
			constraints.addAll(uniqueIndexes(metaData, table));
			constraints.addAll(foreignKeys(metaData, table));
		}
		List<String> missing = List.of();
		try {
			constraints.addAll(checks(connection, database));
		}
		catch (SQLException ex) {
			missing = List.of("check constraints");
		}
		return Catalog.partial(database, defaultSchema(connection, database), dedupe(constraints), missing);
	}

	/**
	 * Check constraints, which {@link DatabaseMetaData} does not describe; none by default.
	 * @param connection the connection
	 * @param database the database
	 * @return the named checks
	 * @throws SQLException when they cannot be read: the catalog is kept without them
	 */
	List<Constraint> checks(Connection connection, Database database) throws SQLException {
		return List.of();
	}

	/**
	 * The schema unqualified names resolve to: the catalog on MariaDB and MySQL, the schema elsewhere.
	 * @param connection the connection
	 * @param database the database
	 * @return the default schema, or {@code null}
	 */
	static String defaultSchema(Connection connection, Database database) {
		try {
			return (database == Database.MARIADB || database == Database.MYSQL) ? connection.getCatalog()
					: connection.getSchema();
		}
		catch (SQLException | AbstractMethodError ex) {
			return null;
		}
	}

	/** A table: catalog and schema as the driver reports them, so they can be passed back. */
	record Table(String catalog, String schema, String name) {

		String owner() {
			return (this.schema != null) ? this.schema : this.catalog;
		}

	}

	static List<Table> tables(DatabaseMetaData metaData) throws SQLException {
		List<Table> tables = new ArrayList<>();
		try (ResultSet rows = metaData.getTables(null, null, "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				Table table = new Table(rows.getString("TABLE_CAT"), rows.getString("TABLE_SCHEM"),
						rows.getString("TABLE_NAME"));
				String owner = table.owner();
				if (owner == null || !SYSTEM_SCHEMAS.contains(owner.toLowerCase(Locale.ROOT))) {
					tables.add(table);
				}
			}
		}
		return tables;
	}

	private static List<Constraint> primaryKey(DatabaseMetaData metaData, Table table) throws SQLException {
		Map<Integer, String> columns = new java.util.TreeMap<>();
		String name = null;
		try (ResultSet rows = metaData.getPrimaryKeys(table.catalog(), table.schema(), table.name())) {
			while (rows.next()) {
				columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
				name = rows.getString("PK_NAME");
			}
		}
		if (columns.isEmpty() || name == null) {
			return List.of();
		}
		return List.of(new Constraint(table.owner(), table.name(), name, Kind.UNIQUE, List.copyOf(columns.values()),
				null));
	}

	private static List<Constraint> uniqueIndexes(DatabaseMetaData metaData, Table table) throws SQLException {
		Map<String, Map<Integer, String>> indexes = new LinkedHashMap<>();
		try (ResultSet rows = metaData.getIndexInfo(table.catalog(), table.schema(), table.name(), true, true)) {
			while (rows.next()) {
				String name = rows.getString("INDEX_NAME");
				if (name == null || rows.getBoolean("NON_UNIQUE")) {
					continue;
				}
				String column = rows.getString("COLUMN_NAME");
				Map<Integer, String> columns = indexes.computeIfAbsent(name, (k) -> new java.util.TreeMap<>());
				if (column != null) {
					columns.put(rows.getInt("ORDINAL_POSITION"), column);
				}
			}
		}
		List<Constraint> constraints = new ArrayList<>(indexes.size());
		indexes.forEach((name, columns) -> constraints
			.add(new Constraint(table.owner(), table.name(), name, Kind.UNIQUE, List.copyOf(columns.values()), null)));
		return constraints;
	}

	private static List<Constraint> foreignKeys(DatabaseMetaData metaData, Table table) throws SQLException {
		Map<String, Map<Integer, String>> keys = new LinkedHashMap<>();
		Map<String, String> parents = new LinkedHashMap<>();
		try (ResultSet rows = metaData.getImportedKeys(table.catalog(), table.schema(), table.name())) {
			while (rows.next()) {
				String name = rows.getString("FK_NAME");
				if (name == null) {
					continue;
				}
				keys.computeIfAbsent(name, (k) -> new java.util.TreeMap<>())
					.put(rows.getInt("KEY_SEQ"), rows.getString("FKCOLUMN_NAME"));
				parents.put(name, rows.getString("PKTABLE_NAME"));
			}
		}
		List<Constraint> constraints = new ArrayList<>(keys.size());
		keys.forEach((name, columns) -> constraints.add(new Constraint(table.owner(), table.name(), name,
				Kind.FOREIGN_KEY, List.copyOf(columns.values()), parents.get(name))));
		return constraints;
	}

	private static List<Constraint> dedupe(List<Constraint> constraints) {
		return List.copyOf(new java.util.LinkedHashSet<>(constraints));
	}

}
