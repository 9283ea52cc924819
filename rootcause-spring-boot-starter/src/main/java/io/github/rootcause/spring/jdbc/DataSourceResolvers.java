package io.github.rootcause.spring.jdbc;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import io.github.rootcause.Cause;
import io.github.rootcause.EntityModel;
import io.github.rootcause.Naming;
import io.github.rootcause.Resolver;
import io.github.rootcause.RootCause;
import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.LiveCatalog;

/**
 * One {@link Resolver} per {@link DataSource}, each with its own {@link LiveCatalog}, all sharing the application's
 * {@link EntityModel}. Resolves exceptions whose data source is unknown (one that reached the web layer without
 * passing through a translator) against the application's primary data source, and asks the
 * {@link ViolationReader}s about violations that never reached a database. A violation waits for a catalog at most
 * {@link CatalogSettings#maxWait()}; the catalogs are best read at startup ({@link LiveCatalog#first()}). Every
 * cause it gives has its names spelled by one {@link Naming} ({@link Naming#DECLARED} unless told otherwise), so that
 * problems, metrics, headers and log lines name a violation alike on every database.
 */
public final class DataSourceResolvers {

	private final Map<DataSource, Resolver> resolvers = new ConcurrentHashMap<>();

	private final List<LiveCatalog> others = new CopyOnWriteArrayList<>();

	private final Supplier<@Nullable DataSource> primary;

	private final EntityModel model;

	private final Supplier<List<ViolationReader>> readers;

	private final CatalogSettings settings;

	private final Function<DataSource, String> names;

	private final Naming naming;

	/**
	 * Creates the resolvers.
	 * @param primary supplies the data source to resolve against when the exception does not say, or
	 * {@code null} when there is none
	 * @param model supplies the entity model, asked on each resolve (models are built lazily)
	 */
	public DataSourceResolvers(Supplier<@Nullable DataSource> primary, Supplier<EntityModel> model) {
		this(primary, model, List::of);
	}

	/**
	 * Creates the resolvers.
	 * @param primary supplies the data source to resolve against when the exception does not say, or
	 * {@code null} when there is none
	 * @param model supplies the entity model, asked on each resolve (models are built lazily)
	 * @param readers supplies the readers of violations that no database reported, asked when one is needed
	 */
	public DataSourceResolvers(Supplier<@Nullable DataSource> primary, Supplier<EntityModel> model,
			Supplier<List<ViolationReader>> readers) {
		this(primary, model, readers, CatalogSettings.DEFAULTS, (dataSource) -> "dataSource");
	}

	/**
	 * Creates the resolvers.
	 * @param primary supplies the data source to resolve against when the exception does not say, or
	 * {@code null} when there is none
	 * @param model supplies the entity model, asked on each resolve (models are built lazily)
	 * @param readers supplies the readers of violations that no database reported, asked when one is needed
	 * @param settings what is read of each catalog, how long a violation waits for it, how often it is read again
	 * @param names names a data source in log lines and states, such as by its bean name
	 */
	public DataSourceResolvers(Supplier<@Nullable DataSource> primary, Supplier<EntityModel> model,
			Supplier<List<ViolationReader>> readers, CatalogSettings settings, Function<DataSource, String> names) {
		this(primary, model, readers, settings, names, Naming.DECLARED);
	}

	/**
	 * Creates the resolvers.
	 * @param primary supplies the data source to resolve against when the exception does not say, or
	 * {@code null} when there is none
	 * @param model supplies the entity model, asked on each resolve (models are built lazily)
	 * @param readers supplies the readers of violations that no database reported, asked when one is needed
	 * @param settings what is read of each catalog, how long a violation waits for it, how often it is read again
	 * @param names names a data source in log lines and states, such as by its bean name
	 * @param naming how the names of every cause are spelled: as the application declared them, or as reported
	 */
	public DataSourceResolvers(Supplier<@Nullable DataSource> primary, Supplier<EntityModel> model,
			Supplier<List<ViolationReader>> readers, CatalogSettings settings, Function<DataSource, String> names,
			Naming naming) {
		this.naming = Objects.requireNonNull(naming, "naming");
		this.primary = Objects.requireNonNull(primary, "primary");
		this.model = new LazyModel(Objects.requireNonNull(model, "model"));
		this.readers = Objects.requireNonNull(readers, "readers");
		this.settings = Objects.requireNonNull(settings, "settings");
		this.names = Objects.requireNonNull(names, "names");
	}

	/**
	 * The resolver of a data source, created on first use; its catalog is read at {@link Resolver#readCatalog()}
	 * (at startup), else at the first violation.
	 * @param dataSource the data source
	 * @return its resolver, sharing the entity model
	 */
	public Resolver resolver(DataSource dataSource) {
		return this.resolvers.computeIfAbsent(dataSource,
				(key) -> RootCause
					.resolver(LiveCatalog.of(key, this.names.apply(key), this.settings.refreshInterval(),
							this.settings.schemas()))
					.withCatalogWait(this.settings.maxWait())
					.withModel(this.model)
					.withNaming(this.naming));
	}

	/**
	 * How the names of every cause are spelled, for the resolvers of other sources and for what shows a catalog's
	 * names (the Actuator endpoint).
	 * @return the naming
	 */
	public Naming naming() {
		return this.naming;
	}

	/**
	 * What is read of each catalog, how long a violation waits for it, and how often it is read again.
	 * @return the settings every resolver runs with
	 */
	public CatalogSettings settings() {
		return this.settings;
	}

	/**
	 * Adds the catalog of another source, such as an R2DBC connection factory, to those {@link #refresh()} reads
	 * again and {@link #liveCatalogs()} lists.
	 * @param catalog the catalog
	 */
	public void register(LiveCatalog catalog) {
		this.others.add(Objects.requireNonNull(catalog, "catalog"));
	}

	/**
	 * The catalogs of the data sources resolved against so far, and those {@link #register(LiveCatalog)
	 * registered}: for health checks and refreshes.
	 * @return the catalogs
	 */
	public List<LiveCatalog> liveCatalogs() {
		List<LiveCatalog> all = new ArrayList<>();
		this.resolvers.values().forEach((resolver) -> all.add(resolver.liveCatalog()));
		all.addAll(this.others);
		return all;
	}

	/**
	 * Reads every catalog of {@link #liveCatalogs()} that has been read (or is being read) again, without waiting:
	 * after a migration. One never read is left alone: its first read sees the new schema.
	 * @return a stage that completes when every catalog is read again
	 */
	public CompletableFuture<Void> refresh() {
		return CompletableFuture.allOf(liveCatalogs().stream()
			.map((catalog) -> catalog.refreshIfRead().toCompletableFuture())
			.toArray(CompletableFuture[]::new));
	}

	/**
	 * Reads every catalog of {@link #liveCatalogs()} that has been read before again after a migration: the
	 * migrated data source's now, with the connection the migration tool holds (its pool may have no other to give
	 * while the tool holds its own), the others without waiting.
	 * @param migrated the data source the migration ran on
	 * @param connection a connection of it that the migration tool holds; {@code null} when it has none to give
	 * @return a stage that completes when the other catalogs are read again
	 */
	public CompletableFuture<Void> refresh(DataSource migrated, @Nullable Connection connection) {
		Resolver resolver = this.resolvers.get(migrated);
		LiveCatalog read = (resolver != null && connection != null) ? resolver.liveCatalog() : null;
		if (read != null) {
			read.refreshIfRead(connection);
		}
		return CompletableFuture.allOf(liveCatalogs().stream()
			.filter((catalog) -> catalog != read)
			.map((catalog) -> catalog.refreshIfRead().toCompletableFuture())
			.toArray(CompletableFuture[]::new));
	}

	/**
	 * The entity model every resolver shares.
	 * @return the model, asking the application's models on each call
	 */
	public EntityModel model() {
		return this.model;
	}

	/**
	 * The catalogs of the data sources resolved against so far, as read so far: never waits, never reads.
	 * @return the catalogs that have been read
	 */
	public List<Catalog> catalogs() {
		return this.resolvers.values()
			.stream()
			.map((resolver) -> resolver.liveCatalog().current())
			.filter(Objects::nonNull)
			.toList();
	}

	/**
	 * The resolver of the primary data source.
	 * @return the resolver, or empty when the application has no (unique or primary) data source
	 */
	public Optional<Resolver> primary() {
		DataSource dataSource = this.primary.get();
		return (dataSource != null) ? Optional.of(resolver(dataSource)) : Optional.empty();
	}

	/**
	 * Reads the violation behind any throwable: the {@link Cause} a {@link ConstraintViolation} exception already
	 * carries, else resolved against the primary data source (or, without one, what the exception alone tells),
	 * else what a {@link ViolationReader} reads. The failed statement, where an exception of the chain carries it
	 * (Spring's, jOOQ's and MyBatis's exceptions do), names the table the database left out.
	 * @param throwable any throwable; may be {@code null}
	 * @return the cause, or empty when it is not a constraint violation
	 */
	public Optional<Cause> resolve(@Nullable Throwable throwable) {
		return resolve(primary().orElse(null), throwable);
	}

	/**
	 * Reads the violation behind a throwable that came from a known data source, as {@link #resolve(Throwable)}
	 * does with the primary one.
	 * @param dataSource the data source the throwable came from
	 * @param throwable any throwable; may be {@code null}
	 * @return the cause, or empty when it is not a constraint violation
	 */
	public Optional<Cause> resolve(DataSource dataSource, @Nullable Throwable throwable) {
		return resolve(resolver(dataSource), throwable);
	}

	/**
	 * Reads the violation behind a throwable with the given resolver, as {@link #resolve(Throwable)} does with the
	 * primary data source's: for resolvers of other sources, such as an R2DBC connection factory's.
	 * @param resolver the resolver, or {@code null} for what the exception alone tells
	 * @param throwable any throwable; may be {@code null}
	 * @return the cause, or empty when it is not a constraint violation
	 */
	public Optional<Cause> resolve(@Nullable Resolver resolver, @Nullable Throwable throwable) {
		Optional<Throwable> translated = inChain(throwable, ConstraintViolation.class::isInstance);
		if (translated.isPresent()) {
			return Optional.of(((ConstraintViolation) translated.get()).violation());
		}
		// A resolver reads its catalog only at the first constraint violation, never for anything else.
		Optional<Cause> resolved = (resolver != null) ? resolver.resolve(throwable, FailedSql.of(throwable))
				: RootCause.of(throwable).map((cause) -> this.naming.apply(cause, this.model));
		if (resolved.isPresent()) {
			return resolved;
		}
		for (ViolationReader reader : this.readers.get()) {
			Optional<Cause> read = reader.read(throwable);
			if (read.isPresent()) {
				return read.map((cause) -> this.naming.apply(cause, this.model));
			}
		}
		return Optional.empty();
	}

	/**
	 * The first throwable of a chain of causes (the throwable itself, then {@link Throwable#getCause()}, and so on)
	 * that matches a test. Stops at a cycle.
	 * @param throwable the start of the chain; may be {@code null}
	 * @param test the test
	 * @return the first matching throwable, or empty
	 */
	public static Optional<Throwable> inChain(@Nullable Throwable throwable, Predicate<Throwable> test) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable current = throwable; current != null && seen.add(current); current = current.getCause()) {
			if (test.test(current)) {
				return Optional.of(current);
			}
		}
		return Optional.empty();
	}

	/** Asks the supplier each time, so a model built after the first resolve is still used. */
	private record LazyModel(Supplier<EntityModel> model) implements EntityModel {

		@Override
		public Optional<String> entity(String table) {
			return this.model.get().entity(table);
		}

		@Override
		public Optional<String> field(String table, String column) {
			return this.model.get().field(table, column);
		}

		@Override
		public Optional<String> constraint(String name) {
			return this.model.get().constraint(name);
		}

	}

}
