package io.github.rootcause;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

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
 * gives what the exception alone tells and the read is tried again at the next violation. A resolver over an
 * R2DBC connection factory ({@link R2dbcRootCause#resolver(io.r2dbc.spi.ConnectionFactory)}) never blocks: until
 * its catalog is read it resolves as one whose catalog cannot be read. Instances are thread-safe.
 */
public final class Resolver {

	private final CatalogCache cache;

	private final EntityModel model;

	private Resolver(CatalogCache cache, EntityModel model) {
		this.cache = cache;
		this.model = model;
	}

	static Resolver of(DataSource dataSource) {
		Objects.requireNonNull(dataSource, "dataSource");
		return new Resolver(new CatalogCache(() -> read(dataSource), null), EntityModel.none());
	}

	/**
	 * A resolver whose catalog is read without blocking the caller: before it has been read, resolving starts the
	 * read and gives what the exception alone tells (and what the model adds).
	 * @param read reads the catalog; its stage completes with the catalog, or with {@code null} or an error when it
	 * cannot be read, and the read is tried again at the next violation
	 * @return the resolver
	 */
	static Resolver nonBlocking(Supplier<CompletionStage<Catalog>> read) {
		return new Resolver(new CatalogCache(null, Objects.requireNonNull(read, "read")), EntityModel.none());
	}

	private static Catalog read(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			Optional<Database> database = Database.of(connection.getMetaData());
			return database.isPresent() ? Catalog.read(connection, database.get()) : Catalog.empty();
		}
		catch (SQLException | RuntimeException ex) {
			return null;
		}
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
			if (catalog.database().isPresent()) {
				Optional<Cause> again = RootCause.read(throwable, pinned(catalog));
				read = again.isPresent() ? again : read;
			}
		}
		try {
			Cause filled = Gaps.fill(read.get(), catalog, Statement.parse(sql), this.model);
			return (filled == read.get()) ? read : Optional.of(filled);
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
	 * The catalog, read unless it is cached, without blocking the caller when this resolver reads over R2DBC (see
	 * {@link R2dbcRootCause#resolver(io.r2dbc.spi.ConnectionFactory)}); over JDBC it is read on the calling thread.
	 * @return a stage that completes with the catalog, empty when it cannot be read; it never completes
	 * exceptionally
	 */
	public CompletionStage<Catalog> readCatalog() {
		return this.cache.read();
	}

	/**
	 * Forgets the cached catalog; the next use reads it again.
	 */
	public void refresh() {
		this.cache.clear();
	}

	/**
	 * The catalog, read on first use and kept once read. Over JDBC one thread reads it while the others wait; over
	 * R2DBC one read is under way at a time, and no one waits for it.
	 */
	static final class CatalogCache {

		private final Supplier<Catalog> blocking;

		private final Supplier<CompletionStage<Catalog>> nonBlocking;

		private volatile Catalog catalog;

		/** The read under way without blocking, or {@code null}; guarded by this. */
		private CompletableFuture<Catalog> reading;

		/** Counts the {@link #clear() clears}, so that a read begun before one is not kept after it; guarded by this. */
		private long generation;

		CatalogCache(Supplier<Catalog> blocking, Supplier<CompletionStage<Catalog>> nonBlocking) {
			this.blocking = blocking;
			this.nonBlocking = nonBlocking;
		}

		/** The catalog if it has been read, else {@code null}; never reads it. */
		Catalog cached() {
			return this.catalog;
		}

		/** The catalog, read now on the calling thread; or, without blocking, the empty catalog until it is read. */
		Catalog get() {
			Catalog read = this.catalog;
			if (read != null) {
				return read;
			}
			if (this.nonBlocking != null) {
				read();
				return Catalog.empty();
			}
			synchronized (this) {
				read = this.catalog;
				if (read == null) {
					read = this.blocking.get();
					this.catalog = read;
				}
			}
			return (read != null) ? read : Catalog.empty();
		}

		CompletionStage<Catalog> read() {
			Catalog read = this.catalog;
			if (read != null) {
				return CompletableFuture.completedFuture(read);
			}
			if (this.nonBlocking == null) {
				return CompletableFuture.completedFuture(get());
			}
			synchronized (this) {
				if (this.catalog != null) {
					return CompletableFuture.completedFuture(this.catalog);
				}
				if (this.reading == null) {
					this.reading = start(this.generation);
				}
				return this.reading;
			}
		}

		private CompletableFuture<Catalog> start(long started) {
			CompletionStage<Catalog> stage;
			try {
				stage = this.nonBlocking.get();
			}
			catch (RuntimeException ex) {
				stage = CompletableFuture.failedFuture(ex);
			}
			return stage.handle((read, failure) -> finish(started, (failure == null) ? read : null))
				.toCompletableFuture();
		}

		private synchronized Catalog finish(long started, Catalog read) {
			if (started == this.generation) {
				this.reading = null;
				if (read != null) {
					this.catalog = read;
				}
			}
			return (read != null) ? read : Catalog.empty();
		}

		/** Waits for a blocking read under way, so that a catalog read before the schema change is not kept after it. */
		synchronized void clear() {
			this.catalog = null;
			this.reading = null;
			this.generation++;
		}

	}

}
