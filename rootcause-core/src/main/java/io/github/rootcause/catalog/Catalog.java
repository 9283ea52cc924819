package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import io.github.rootcause.Database;

/**
 * An immutable snapshot of the constraints in a database: primary keys, unique constraints and unique indexes,
 * foreign keys, and named checks, with their tables and columns.
 *
 * <p>Read once with {@link #read(Connection, Database)}, then looked up by name or table without touching the
 * database again. Lookups are case-insensitive. On a server (PostgreSQL, MariaDB, MySQL) a catalog holds the
 * application's schemas only ({@link #covers(String)}); schema, table and column names repeated across its
 * constraints are held once.
 */
public final class Catalog {

	private static final Catalog EMPTY = new Catalog(null, null, List.of(), List.of(), null);

	private final Database database;

	private final String defaultSchema;

	private final List<Constraint> constraints;

	private final List<String> missing;

	/** The schemas read, in lower case; {@code null} when every schema was read. */
	private final Set<String> schemas;

	/** By name, in lower case and as the database stores it. */
	private final NameIndex byName;

	/** By table, in lower case and as the database stores it. */
	private final NameIndex byTable;

	/** Foreign keys by the table they reference, in lower case and as the database stores it. */
	private final NameIndex byReferencedTable;

	private Catalog(Database database, String defaultSchema, Collection<Constraint> constraints,
			List<String> missing, Set<String> schemas) {
		this.database = database;
		this.defaultSchema = defaultSchema;
		this.constraints = Names.shared(constraints);
		this.missing = List.copyOf(missing);
		this.schemas = schemas;
		Map<String, List<Constraint>> named = new HashMap<>();
		Map<String, List<Constraint>> tables = new HashMap<>();
		Map<String, List<Constraint>> referenced = new HashMap<>();
		for (Constraint constraint : this.constraints) {
			index(named, constraint.name(), constraint);
			index(tables, constraint.table(), constraint);
			if (constraint.referencedTable() != null) {
				index(referenced, constraint.referencedTable(), constraint);
			}
		}
		this.byName = new NameIndex(named);
		this.byTable = new NameIndex(tables);
		this.byReferencedTable = new NameIndex(referenced);
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
		return new Catalog(database, defaultSchema, constraints, List.of(), null);
	}

	/**
	 * A catalog of the given constraints that lacks some parts, because the queries that read them failed.
	 * @param database the database they come from, or {@code null}
	 * @param defaultSchema the schema unqualified names resolve to, or {@code null}
	 * @param constraints the constraints that were read
	 * @param missing what could not be read, such as {@code "check constraints"}; empty for a complete catalog
	 * @return the catalog
	 */
	public static Catalog partial(Database database, String defaultSchema, Collection<Constraint> constraints,
			List<String> missing) {
		return new Catalog(database, defaultSchema, constraints, missing, null);
	}

	/** This catalog, also lacking the given parts. */
	Catalog lacking(List<String> parts) {
		List<String> all = new ArrayList<>(this.missing);
		parts.stream().filter((part) -> !all.contains(part)).forEach(all::add);
		return new Catalog(this.database, this.defaultSchema, this.constraints, all, this.schemas);
	}

	/** This catalog, read for the given schemas only; every schema when none is given. */
	Catalog within(Set<String> read) {
		if (read.isEmpty()) {
			return this;
		}
		Set<String> lower = new HashSet<>();
		read.forEach((schema) -> lower.add(schema.toLowerCase(Locale.ROOT)));
		return new Catalog(this.database, this.defaultSchema, this.constraints, this.missing, Set.copyOf(lower));
	}

	/**
	 * Whether this catalog was read for the given schema: every catalog of an embedded database is, one of a
	 * server only for the application's schemas (its default schema and those asked for).
	 * @param schema a schema (on MariaDB and MySQL, a database), compared case-insensitively
	 * @return whether the schema's constraints were read
	 */
	public boolean covers(String schema) {
		return this.schemas == null || this.schemas.contains(schema.toLowerCase(Locale.ROOT));
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
	 * Reads the constraints of a data source's database, with one connection of it, closed afterwards: those of the
	 * connection's default schema and of the given schemas on PostgreSQL, MariaDB and MySQL, every one elsewhere.
	 * @param dataSource the data source
	 * @param schemas schemas to read besides the default one
	 * @return the snapshot; the empty catalog for a database rootcause does not know
	 * @throws SQLException when the catalog cannot be read
	 */
	public static Catalog read(DataSource dataSource, Collection<String> schemas) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return read(connection, schemas);
		}
	}

	/**
	 * Reads the constraints of the database a connection reaches, told from its metadata, as
	 * {@link #read(DataSource, Collection)} does.
	 * @param connection an open connection; left open
	 * @param schemas schemas to read besides the default one
	 * @return the snapshot; the empty catalog for a database rootcause does not know
	 * @throws SQLException when the catalog cannot be read
	 */
	public static Catalog read(Connection connection, Collection<String> schemas) throws SQLException {
		Optional<Database> database = Database.of(connection.getMetaData());
		return database.isPresent() ? read(connection, database.get(), schemas) : empty();
	}

	/**
	 * Reads the constraints of the connection's default schema and of the given schemas (on PostgreSQL, MariaDB
	 * and MySQL; other databases are read whole).
	 * @param connection an open connection; left open
	 * @param database the database it connects to
	 * @param schemas schemas to read besides the default one
	 * @return the snapshot
	 * @throws SQLException when the catalog cannot be read
	 */
	public static Catalog read(Connection connection, Database database, Collection<String> schemas)
			throws SQLException {
		return CatalogReader.of(database).read(connection, database, schemas);
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
	 * What this catalog lacks because the queries that read it failed (a statement timeout, a view the user may
	 * not read): names of parts such as {@code "check constraints"}, never values.
	 * @return the missing parts; empty when the catalog was read in full
	 */
	public List<String> missing() {
		return this.missing;
	}

	/**
	 * Whether every part of the catalog was read.
	 * @return whether nothing is {@link #missing() missing}
	 */
	public boolean complete() {
		return this.missing.isEmpty();
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
		return "Catalog[" + this.database + ", " + this.constraints.size() + " constraints"
				+ (this.missing.isEmpty() ? "" : ", without " + String.join(", ", this.missing)) + "]";
	}

	/**
	 * Files a constraint under a name in lower case and, so that a look-up with the database's own spelling (what
	 * a violation reports) finds it without lower-casing the name first, under the name as stored too.
	 */
	private static void index(Map<String, List<Constraint>> index, String key, Constraint constraint) {
		String lower = key.toLowerCase(Locale.ROOT);
		List<Constraint> filed = index.computeIfAbsent(lower, (k) -> new ArrayList<>(1));
		filed.add(constraint);
		if (!lower.equals(key)) {
			index.put(key, filed);
		}
	}

	private static List<Constraint> lookup(NameIndex index, String key) {
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
