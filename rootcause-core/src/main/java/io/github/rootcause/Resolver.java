package io.github.rootcause;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import javax.sql.DataSource;

import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.Constraint;
import io.github.rootcause.catalog.LiveCatalog;

/**
 * Reads a constraint violation like {@link RootCause#of(Throwable)}, then fills what the database left out from
 * the catalog of one data source and, when given, from an {@link EntityModel}.
 *
 * <p>Examples: MariaDB and MySQL name only the unique index, so the resolver adds its table and columns; SQLite
 * names only the columns, so it adds the index; a check names only the constraint, so it adds the table. With a
 * model it adds the entity and its fields.
 *
 * <p>The catalog is a {@link LiveCatalog}: read ahead of the first violation with {@link #readCatalog()}, or at
 * the first violation, always off the caller's thread. Resolving never connects to the database and never waits
 * on a pool: before the first read completes it waits for it at most {@link #withCatalogWait(Duration) a small
 * bound} (100 ms by default; none over R2DBC), then gives what the exception alone tells (and what the model
 * adds), and later violations get the catalog. An exception that is not a constraint violation (a lost connection,
 * a syntax error, a deadlock) never starts a read. A violation that names a constraint the catalog lacks, or one
 * whose columns differ from what the database reported, has the catalog read again in the background (at most
 * once per interval), and {@link #refresh()} reads it again after a migration. Names come as the database reported
 * them, or, {@link #withNaming(Naming) with} {@link Naming#DECLARED}, as the application declared them. Instances
 * are thread-safe.
 */
public final class Resolver {

	/** How long a violation waits at most for a first read of the catalog under way. */
	static final Duration DEFAULT_WAIT = Duration.ofMillis(100);

	/** How long a failed read, or a suspicion that the catalog is stale, waits before the next read. */
	static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

	private final LiveCatalog catalog;

	private final EntityModel model;

	private final Duration wait;

	private final Naming naming;

	private Resolver(LiveCatalog catalog, EntityModel model, Duration wait, Naming naming) {
		this.catalog = catalog;
		this.model = model;
		this.wait = wait;
		this.naming = naming;
	}

	static Resolver of(DataSource dataSource) {
		return of(LiveCatalog.of(dataSource, "dataSource", DEFAULT_INTERVAL, List.of()), DEFAULT_WAIT);
	}

	static Resolver of(LiveCatalog catalog, Duration wait) {
		return new Resolver(Objects.requireNonNull(catalog, "catalog"), EntityModel.none(),
				Objects.requireNonNull(wait, "wait"), Naming.AS_REPORTED);
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
		Catalog cached = this.catalog.current();
		Optional<Cause> read = RootCause.read(throwable, pinned(cached));
		if (read.isEmpty()) {
			// Not a violation, perhaps a lost connection: the database is not asked for anything.
			return read;
		}
		Catalog catalog = this.catalog.await(this.wait);
		if (catalog == null) {
			catalog = Catalog.empty();
		}
		else if (cached == null && catalog.database().isPresent()) {
			Optional<Cause> again = RootCause.read(throwable, pinned(catalog));
			read = again.isPresent() ? again : read;
		}
		Statement statement = Statement.parse(sql);
		String schema = read.get().schemaOrNull();
		schema = (schema == null && statement != null) ? statement.schema() : schema;
		if (catalog.database().isPresent() && schema != null && !catalog.covers(schema)) {
			// Another schema than the application's: read on demand, as the first read, waiting at most the bound.
			Catalog covering = this.catalog.covering(schema, this.wait);
			catalog = (covering != null) ? covering : catalog;
		}
		else if (catalog == cached && isStale(read.get(), catalog)) {
			this.catalog.suspect();
		}
		Cause filled;
		try {
			filled = Gaps.fill(read.get(), catalog, statement, this.model);
		}
		catch (RuntimeException ex) {
			filled = read.get();
		}
		Cause named = this.naming.apply(filled, this.model);
		return (named == read.get()) ? read : Optional.of(named);
	}

	/**
	 * Whether the database reported a constraint the catalog lacks, or one it has with other columns: a schema
	 * changed since the catalog was read. Not-null violations are left out: most databases name no constraint for
	 * them, and those that do (HSQLDB) generate names no catalog lists.
	 */
	private static boolean isStale(Cause cause, Catalog catalog) {
		String name = cause.constraintOrNull();
		if (name == null || cause.kind() == Kind.NOT_NULL || catalog.database().isEmpty()) {
			return false;
		}
		List<Constraint> named = catalog.named(name);
		if (named.isEmpty()) {
			return true;
		}
		List<String> columns = cause.columns();
		if (columns.isEmpty()) {
			return false;
		}
		for (Constraint constraint : named) {
			if (constraint.hasColumns(columns)) {
				return false;
			}
		}
		return true;
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
		return new Resolver(this.catalog, Objects.requireNonNull(model, "model"), this.wait, this.naming);
	}

	/**
	 * A resolver that shares this one's catalog and model, and waits at most the given bound for a first read of
	 * the catalog under way before it gets by without it.
	 * @param wait the longest wait; zero never waits (a resolver over R2DBC must never block)
	 * @return the new resolver
	 */
	public Resolver withCatalogWait(Duration wait) {
		return new Resolver(this.catalog, this.model, Objects.requireNonNull(wait, "wait"), this.naming);
	}

	/**
	 * A resolver that shares this one's catalog, model and wait, and spells the names of the causes it resolves
	 * the given way.
	 * @param naming {@link Naming#AS_REPORTED} (the default) or {@link Naming#DECLARED}
	 * @return the new resolver
	 */
	public Resolver withNaming(Naming naming) {
		return new Resolver(this.catalog, this.model, this.wait, Objects.requireNonNull(naming, "naming"));
	}

	/**
	 * The catalog this resolver reads from, with its state, for reading it ahead of time or again.
	 * @return the live catalog, shared by the resolvers made from this one
	 */
	public LiveCatalog liveCatalog() {
		return this.catalog;
	}

	/**
	 * The newest catalog, waiting on the calling thread for a read under way, or reading it now when it has never
	 * been read: for tools and tests, never for a request.
	 * @return the catalog; empty when it cannot be read
	 */
	public Catalog catalog() {
		return this.catalog.latest().toCompletableFuture().join();
	}

	/**
	 * Starts the first read of the catalog, unless it is read or under way, without waiting for it: call it at
	 * startup so that the first violation finds it read.
	 * @return a stage that completes with the catalog, empty when it cannot be read; it never completes
	 * exceptionally
	 */
	public CompletionStage<Catalog> readCatalog() {
		return this.catalog.first();
	}

	/**
	 * Reads the catalog again, after a schema change, without waiting for it; until the read completes, the
	 * catalog read before answers.
	 * @return a stage that completes with the new catalog; it never completes exceptionally
	 */
	public CompletionStage<Catalog> refresh() {
		return this.catalog.refresh();
	}

}
