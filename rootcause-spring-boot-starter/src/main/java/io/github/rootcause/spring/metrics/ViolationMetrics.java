package io.github.rootcause.spring.metrics;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

import io.github.rootcause.Cause;
import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.ViolationEvent;

/**
 * Counts each {@link ViolationEvent} in the counter {@value #METER}, tagged
 * <ul>
 * <li>{@code kind}: {@code unique}, {@code not-null}, {@code check}, {@code foreign-key}, {@code exclusion};
 * <li>{@code constraint} and {@code table}: the name as the database's catalog holds it, else {@code other}, so
 * that a name that only a message told (or that no catalog could be read for) adds no time series;
 * <li>{@code outcome}: the HTTP status answered, or {@code unanswered}; for a message listener or a batch job,
 * {@code acknowledge}, {@code retry}, {@code dead-letter} or {@code skip}.
 * </ul>
 * and adds an event {@value #EVENT} to the current observation (the request's span, when tracing is on) naming the
 * kind and the constraint.
 */
public final class ViolationMetrics implements ApplicationListener<PayloadApplicationEvent<ViolationEvent>> {

	/** The name of the counter. */
	public static final String METER = "rootcause.violations";

	/** The name of the observation event. */
	public static final String EVENT = "rootcause.violation";

	private static final String OTHER = "other";

	private final MeterRegistry meters;

	private final ObservationRegistry observations;

	private final DataSourceResolvers resolvers;

	/**
	 * Creates the metrics.
	 * @param meters where the counter is registered
	 * @param observations whose current observation gets the event
	 * @param resolvers whose catalogs tell which constraint and table names are known
	 */
	public ViolationMetrics(MeterRegistry meters, ObservationRegistry observations, DataSourceResolvers resolvers) {
		this.meters = Objects.requireNonNull(meters, "meters");
		this.observations = Objects.requireNonNull(observations, "observations");
		this.resolvers = Objects.requireNonNull(resolvers, "resolvers");
	}

	@Override
	public void onApplicationEvent(PayloadApplicationEvent<ViolationEvent> event) {
		record(event.getPayload());
	}

	/**
	 * Counts a violation and adds it to the current observation.
	 * @param event the violation and its outcome
	 */
	public void record(ViolationEvent event) {
		Cause cause = event.cause();
		String kind = cause.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
		String constraint = known(cause.constraint(), (catalog, name) -> !catalog.named(name).isEmpty());
		String table = known(cause.table(), (catalog, name) -> catalog.table(name).isPresent());
		String outcome = event.outcome();
		Counter.builder(METER)
			.description("Constraint violations, by kind, constraint, table and outcome (the HTTP status answered, or what "
					+ "became of the message or batch item)")
			.tags("kind", kind, "constraint", constraint, "table", table, "outcome", outcome)
			.register(this.meters)
			.increment();
		Observation current = this.observations.getCurrentObservation();
		if (current != null) {
			current.event(Observation.Event.of(EVENT, "violated " + kind + " constraint " + constraint));
		}
	}

	private String known(Optional<String> name, BiPredicate<Catalog, String> holds) {
		return name
			.filter((value) -> this.resolvers.catalogs().stream().anyMatch((catalog) -> holds.test(catalog, value)))
			.orElse(OTHER);
	}

}
