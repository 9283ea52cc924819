package io.github.rootcause;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.rootcause.catalog.Catalog;

/**
 * Reads a constraint violation like {@link RootCause#of(Throwable)}, then fills what the database left out from
 * the catalog of one data source and, when given, from an {@link EntityModel}.
 *
 * <p>Examples: MariaDB and MySQL name only the unique index, so the resolver adds its table and columns; SQLite
 * names only the columns, so it adds the index; a check names only the constraint, so it adds the table. With a
 * model it adds the entity and its fields.
 *
 * <p>The catalog is read once, at the first constraint violation (or on {@link #catalog()}), and cached;
 * {@link #refresh()} reads it again after a schema change. Resolving never queries the database beyond that one
 * read, and an exception that is not a constraint violation (a lost connection, a syntax error, a deadlock) never
 * makes it read: until the catalog is read, violations are told apart as {@link RootCause#of(Throwable)} tells
 * them, after that with the dialect of the database the catalog names. When the catalog cannot be read, resolving
 * gives what the exception alone tells and the read is tried again at the next violation. Instances are
 * thread-safe.
 */
public final class Resolver {

	private final CatalogCache cache;

	private final EntityModel model;

	private Resolver(CatalogCache cache, EntityModel model) {
		this.cache = cache;
		this.model = model;
	}

	static Resolver of(DataSource dataSource) {
		return new Resolver(new CatalogCache(Objects.requireNonNull(dataSource, "dataSource")), EntityModel.none());
	}

	/**
	 * Reads and completes the constraint violation behind a throwable. Never throws.
	 * @param throwable any throwable; may be {@code null}
	 * @return the cause with what the catalog and model add, or empty when it is not a constraint violation
	 */
	public Optional<Cause> resolve(Throwable throwable) {
		return resolve(throwable, null);
	}

	/**
	 * Reads and completes the constraint violation behind a throwable, using the failed statement to name the
	 * table where the database does not (SQLite foreign keys, MariaDB not-null), and its schema qualifier to pick
	 * among constraints of the same name in several schemas (a MariaDB index name in two databases). Never throws.
	 * @param throwable any throwable; may be {@code null}
	 * @param sql the statement that failed, or {@code null} when not known
	 * @return the cause with what the catalog and model add, or empty when it is not a constraint violation
	 */
	public Optional<Cause> resolve(Throwable throwable, String sql) {
		Catalog cached = this.cache.cached();
		Optional<Cause> read = RootCause.read(throwable, pinned(cached));
		if (read.isEmpty()) {
			// Not a violation, perhaps a lost connection: the database is not asked for anything.
			return read;
		}
		Catalog catalog = cached;
		if (catalog == null) {
			catalog = this.cache.get();
			Optional<Cause> again = RootCause.read(throwable, pinned(catalog));
			read = again.isPresent() ? again : read;
		}
		try {
			return Optional.of(Gaps.fill(read.get(), catalog, Statement.parse(sql), this.model));
		}
		catch (RuntimeException ex) {
			return read;
		}
	}

	private static Database pinned(Catalog catalog) {
		return (catalog != null) ? catalog.database().orElse(null) : null;
	}

	/**
	 * A resolver that shares this one's catalog and also maps tables and columns to entities and fields.
	 * @param model the entity model
	 * @return the new resolver
	 */
	public Resolver withModel(EntityModel model) {
		return new Resolver(this.cache, Objects.requireNonNull(model, "model"));
	}

	/**
	 * The cached catalog, read now if it has not been read yet.
	 * @return the catalog; empty when it cannot be read
	 */
	public Catalog catalog() {
		return this.cache.get();
	}

	/**
	 * Forgets the cached catalog; the next use reads it again.
	 */
	public void refresh() {
		this.cache.clear();
	}

	/** The catalog of one data source, read on first use by one thread while the others wait. */
	static final class CatalogCache {

		private final DataSource dataSource;

		private volatile Catalog catalog;

		CatalogCache(DataSource dataSource) {
			this.dataSource = dataSource;
		}

		/** The catalog if it has been read, else {@code null}; never reads it. */
		Catalog cached() {
			return this.catalog;
		}

		Catalog get() {
			Catalog read = this.catalog;
			if (read == null) {
				synchronized (this) {
					read = this.catalog;
					if (read == null) {
						read = load();
					}
				}
			}
			return read;
		}

		/** Waits for a read under way, so that a catalog read before the schema change is not kept after it. */
		synchronized void clear() {
			this.catalog = null;
		}

		private Catalog load() {
			try (Connection connection = this.dataSource.getConnection()) {
				Optional<Database> database = Database.of(connection.getMetaData());
				if (database.isEmpty()) {
					Catalog none = Catalog.empty();
					this.catalog = none;
					return none;
				}
				Catalog read = Catalog.read(connection, database.get());
				this.catalog = read;
				return read;
			}
			catch (SQLException | RuntimeException ex) {
				return Catalog.empty();
			}
		}

	}

}
