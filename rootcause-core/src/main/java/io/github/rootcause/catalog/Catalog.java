package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.rootcause.Database;

/**
 * An immutable snapshot of the constraints in a database: primary keys, unique constraints and unique indexes,
 * foreign keys, and named checks, with their tables and columns.
 *
 * <p>Read once with {@link #read(Connection, Database)}, then looked up by name or table without touching the
 * database again. Lookups are case-insensitive.
 */
public final class Catalog {

	private static final Catalog EMPTY = new Catalog(null, null, List.of());

	private final Database database;

	private final String defaultSchema;

	private final List<Constraint> constraints;

	private final Map<String, List<Constraint>> byName = new HashMap<>();

	private final Map<String, List<Constraint>> byTable = new HashMap<>();

	private final Map<String, List<Constraint>> byReferencedTable = new HashMap<>();

	private Catalog(Database database, String defaultSchema, Collection<Constraint> constraints) {
		this.database = database;
		this.defaultSchema = defaultSchema;
		this.constraints = List.copyOf(constraints);
		for (Constraint constraint : this.constraints) {
			index(this.byName, constraint.name(), constraint);
			index(this.byTable, constraint.table(), constraint);
			if (constraint.referencedTable() != null) {
				index(this.byReferencedTable, constraint.referencedTable(), constraint);
			}
		}
		this.byName.replaceAll((key, list) -> List.copyOf(list));
		this.byTable.replaceAll((key, list) -> List.copyOf(list));
		this.byReferencedTable.replaceAll((key, list) -> List.copyOf(list));
		for (Constraint constraint : this.constraints) {
			spell(this.byName, constraint.name());
			spell(this.byTable, constraint.table());
			if (constraint.referencedTable() != null) {
				spell(this.byReferencedTable, constraint.referencedTable());
			}
		}
	}

	/**
	 * A catalog that knows nothing.
	 * @return the empty catalog
	 */
	public static Catalog empty() {
		return EMPTY;
	}

	/**
	 * A catalog of the given constraints.
	 * @param database the database they come from, or {@code null}
	 * @param defaultSchema the schema unqualified names resolve to, or {@code null}
	 * @param constraints the constraints
	 * @return the catalog
	 */
	public static Catalog of(Database database, String defaultSchema, Collection<Constraint> constraints) {
		return new Catalog(database, defaultSchema, constraints);
	}

	/**
	 * Reads the constraints visible to the connection, with the queries that suit the database.
	 * @param connection an open connection; left open
	 * @param database the database it connects to
	 * @return the snapshot
	 * @throws SQLException when the catalog cannot be read
	 */
	public static Catalog read(Connection connection, Database database) throws SQLException {
		return CatalogReader.of(database).read(connection, database);
	}

	/**
	 * The database this catalog was read from.
	 * @return the database, or empty when not known
	 */
	public Optional<Database> database() {
		return Optional.ofNullable(this.database);
	}

	/**
	 * The schema (on MariaDB and MySQL, the database) that unqualified names resolve to.
	 * @return the default schema, or empty when not known
	 */
	public Optional<String> defaultSchema() {
		return Optional.ofNullable(this.defaultSchema);
	}

	/**
	 * Every constraint in this catalog.
	 * @return the constraints
	 */
	public List<Constraint> constraints() {
		return this.constraints;
	}

	/**
	 * The constraints and unique indexes with the given name, in any schema and table.
	 * @param name a constraint or index name
	 * @return the matches, usually one; empty when none
	 */
	public List<Constraint> named(String name) {
		return lookup(this.byName, name);
	}

	/**
	 * The constraints and unique indexes of the given table, in any schema.
	 * @param table a table name without schema
	 * @return the constraints on the table
	 */
	public List<Constraint> on(String table) {
		return lookup(this.byTable, table);
	}

	/**
	 * The foreign keys that reference the given table.
	 * @param table a table name without schema
	 * @return the foreign keys pointing at the table
	 */
	public List<Constraint> referencing(String table) {
		return lookup(this.byReferencedTable, table);
	}

	/**
	 * The name of a table as the catalog stores it, looked up case-insensitively.
	 * @param table a table name without schema, in any case
	 * @return the stored name, or empty when no constraint of the catalog is on that table
	 */
	public Optional<String> table(String table) {
		List<Constraint> on = on(table);
		return on.isEmpty() ? Optional.empty() : Optional.of(on.get(0).table());
	}

	@Override
	public String toString() {
		return "Catalog[" + this.database + ", " + this.constraints.size() + " constraints]";
	}

	private static void index(Map<String, List<Constraint>> index, String key, Constraint constraint) {
		index.computeIfAbsent(key.toLowerCase(Locale.ROOT), (k) -> new ArrayList<>(1)).add(constraint);
	}

	/**
	 * Files a list under the name as the database stores it too, so that a look-up with the database's own
	 * spelling (what a violation reports) finds it without lower-casing the name first.
	 */
	private static void spell(Map<String, List<Constraint>> index, String stored) {
		index.putIfAbsent(stored, index.get(stored.toLowerCase(Locale.ROOT)));
	}

	private static List<Constraint> lookup(Map<String, List<Constraint>> index, String key) {
		if (key == null) {
			return List.of();
		}
		List<Constraint> found = index.get(key);
		if (found == null) {
			found = index.get(key.toLowerCase(Locale.ROOT));
		}
		return (found != null) ? found : List.of();
	}

}
