package io.github.rootcause.spring.actuate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.CatalogState;
import io.github.rootcause.catalog.Constraint;
import io.github.rootcause.catalog.LiveCatalog;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.ViolationEvent;
import io.github.rootcause.spring.web.ViolationHandlers;
import io.github.rootcause.spring.web.ViolationProblemFactory;

/**
 * The {@code rootcause} Actuator endpoint ({@code /actuator/rootcause} once exposed): for each data source, every
 * constraint of its catalog with its kind, table, columns, entity and fields (named as its violations are), what
 * rootcause answers for it (the status, the configured message or the message code, the annotated handler methods
 * that take it) and whether it has been violated since the application started; the names of the constraints that
 * nothing tailors; and the state of its catalog (read in full or in part, when, how many constraints).
 * {@code POST} reads the catalogs again. It tells the schema, never a row value. Like Spring Boot's own endpoints,
 * it is exposed over HTTP only when {@code management.endpoints.web.exposure.include} names it.
 */
@Endpoint(id = "rootcause")
public final class RootCauseEndpoint implements ApplicationListener<PayloadApplicationEvent<ViolationEvent>> {

	/** At most this many distinct constraint names are remembered as seen. */
	private static final int SEEN_LIMIT = 10_000;

	private final Map<String, DataSource> dataSources;

	private final DataSourceResolvers resolvers;

	private final ViolationAnswers answers;

	private final Set<String> seen = ConcurrentHashMap.newKeySet();

	/**
	 * Creates the endpoint.
	 * @param dataSources the data sources by bean name
	 * @param resolvers their resolvers
	 * @param problems the problem factory, which tells statuses and messages
	 * @param handlers the annotated handler methods
	 */
	public RootCauseEndpoint(Map<String, DataSource> dataSources, DataSourceResolvers resolvers,
			ViolationProblemFactory problems, ViolationHandlers handlers) {
		this.dataSources = Objects.requireNonNull(dataSources, "dataSources");
		this.resolvers = Objects.requireNonNull(resolvers, "resolvers");
		this.answers = new ViolationAnswers(problems, handlers);
	}

	/**
	 * Describes the constraints of every data source, as its catalog was last read, and the state of the catalog.
	 * @return the description
	 */
	@ReadOperation
	public ConstraintsDescriptor constraints() {
		Map<String, DataSourceDescriptor> described = new LinkedHashMap<>();
		this.dataSources.forEach((name, dataSource) -> described.put(name, describe(dataSource)));
		return new ConstraintsDescriptor(described);
	}

	/**
	 * Reads the catalog of every data source again ({@code POST /actuator/rootcause}), after a schema change that
	 * no Flyway or Liquibase run announced, and describes them once read (waiting at most 30 seconds; answers
	 * go on with the catalogs read before until then).
	 * @return the description
	 */
	@WriteOperation
	public ConstraintsDescriptor refresh() {
		CompletableFuture<?>[] reads = this.dataSources.values()
			.stream()
			.map((dataSource) -> this.resolvers.resolver(dataSource).refresh().toCompletableFuture())
			.toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(reads).get(30, TimeUnit.SECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			// Described as they are: the state tells whether the read is done.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return constraints();
	}

	@Override
	public void onApplicationEvent(PayloadApplicationEvent<ViolationEvent> event) {
		event.getPayload().cause().constraint().ifPresent((name) -> {
			if (this.seen.size() < SEEN_LIMIT) {
				this.seen.add(name.toLowerCase(Locale.ROOT));
			}
		});
	}

	private DataSourceDescriptor describe(DataSource dataSource) {
		List<ConstraintDescriptor> constraints = new ArrayList<>();
		List<String> untailored = new ArrayList<>();
		LiveCatalog live = this.resolvers.resolver(dataSource).liveCatalog();
		Catalog catalog = live.current();
		Database database = (catalog != null) ? catalog.database().orElse(null) : null;
		for (Constraint constraint : (catalog != null) ? catalog.constraints() : List.<Constraint>of()) {
			if (constraint.declared() != null) {
				// A partition's copy (PostgreSQL): its violations are answered as the declared constraint, listed.
				continue;
			}
			// Named as a violation of it is named, so that the endpoint and the answers agree.
			Cause cause = this.resolvers.naming()
				.apply(cause(constraint).withDatabase(database), this.resolvers.model());
			String name = cause.constraint().orElse(constraint.name());
			List<AnswerDescriptor> answers = this.answers.of(cause);
			boolean tailored = this.answers.isTailored(cause, answers);
			if (!tailored) {
				untailored.add(name);
			}
			constraints.add(new ConstraintDescriptor(name, ViolationProblemFactory.slug(constraint.kind()),
					cause.schema().orElse(null), cause.table().orElse(constraint.table()), cause.columns(),
					cause.entity().orElse(null), cause.fields(), answers, tailored,
					this.seen.contains(name.toLowerCase(Locale.ROOT))));
		}
		return new DataSourceDescriptor(CatalogDescriptor.of(live.state()), constraints, untailored);
	}

	private Cause cause(Constraint constraint) {
		Cause cause = Cause.of(constraint.kind())
			.withConstraint(constraint.name())
			.withTable(constraint.table())
			.withColumns(constraint.columns());
		if (constraint.schema() != null) {
			cause = cause.withSchema(constraint.schema());
		}
		String entity = this.resolvers.model().entity(constraint.table()).orElse(null);
		if (entity != null) {
			cause = cause.withEntity(entity);
		}
		List<String> fields = constraint.columns()
			.stream()
			.map((column) -> this.resolvers.model().field(constraint.table(), column).orElse(null))
			.filter(Objects::nonNull)
			.toList();
		return (fields.size() == constraint.columns().size() && !fields.isEmpty()) ? cause.withFields(fields) : cause;
	}

	/**
	 * The constraints of every data source, by the data source's bean name.
	 * @param dataSources the data sources
	 */
	public record ConstraintsDescriptor(Map<String, DataSourceDescriptor> dataSources)
			implements OperationResponseBody {
	}

	/**
	 * The constraints of one data source.
	 * @param catalog the state of its catalog
	 * @param constraints every constraint of its catalog
	 * @param untailored the names of those answered with the default problem by the default handler
	 */
	public record DataSourceDescriptor(CatalogDescriptor catalog, List<ConstraintDescriptor> constraints,
			List<String> untailored) {
	}

	/**
	 * The state of a data source's catalog.
	 * @param status {@code not-read}, {@code complete} or {@code partial}
	 * @param readAt when the catalog that answers was read, or {@code null}
	 * @param constraints how many constraints it holds
	 * @param missing what it lacks, for a partial catalog (such as {@code check constraints})
	 * @param failure the error of the last read, when it failed (its class and SQLState), or {@code null}
	 */
	public record CatalogDescriptor(String status, @Nullable Instant readAt, int constraints, List<String> missing,
			@Nullable String failure) {

		static CatalogDescriptor of(CatalogState state) {
			return new CatalogDescriptor(state.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
					state.readAt(), state.constraints(), state.missing(), state.failure());
		}

	}

	/**
	 * One constraint.
	 * @param name its name, as a violation of it is named (see {@code rootcause.names})
	 * @param kind {@code unique}, {@code not-null}, {@code check}, {@code foreign-key} or {@code exclusion}
	 * @param schema its schema, or {@code null}
	 * @param table its table
	 * @param columns its columns
	 * @param entity the entity mapped to its table, or {@code null}
	 * @param fields the entity fields of its columns
	 * @param answers what rootcause answers for it: one answer, or for a foreign key one per side
	 * @param tailored whether configuration, a message or a handler method tailors the answer
	 * @param seen whether it has been violated since the application started
	 */
	public record ConstraintDescriptor(String name, String kind, @Nullable String schema, String table,
			List<String> columns, @Nullable String entity, List<String> fields, List<AnswerDescriptor> answers,
			boolean tailored, boolean seen) {
	}

	/**
	 * What rootcause answers for a violation of a constraint.
	 * @param side for a foreign key, {@code missing} (the referenced row does not exist) or {@code referenced}
	 * (the row is still referenced); else {@code null}
	 * @param status the HTTP status of the problem
	 * @param message the configured message, or the code of the message the message source gives
	 * @param handlers the annotated handler methods that take it instead, most specific first, as
	 * {@code Type#method}
	 */
	public record AnswerDescriptor(@Nullable String side, int status, String message, List<String> handlers) {
	}

}
