package io.github.rootcause.spring.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import io.github.rootcause.Cause;
import io.github.rootcause.EntityModel;
import io.github.rootcause.Kind;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.ViolationEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counter's tags stay bounded by the schema, and the current observation gets an event, on an H2 catalog.
 */
class ViolationMetricsTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ObservationRegistry observations = ObservationRegistry.create();

	private final ViolationMetrics metrics;

	ViolationMetricsTest() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		new JdbcTemplate(dataSource).execute("create table tag (name varchar(20) constraint uq_tag_name unique)");
		DataSourceResolvers resolvers = new DataSourceResolvers(() -> dataSource, EntityModel::none);
		// Read as at startup: the metrics never read a catalog themselves.
		resolvers.resolver(dataSource).readCatalog().toCompletableFuture().join();
		this.metrics = new ViolationMetrics(this.meters, this.observations, resolvers);
	}

	@Test
	void aConstraintAndTableTheCatalogHoldsAreTaggedByNameWithTheStatus() {
		this.metrics.record(new ViolationEvent(unique("UQ_TAG_NAME", "TAG"), OptionalInt.of(409)));
		this.metrics.record(new ViolationEvent(unique("UQ_TAG_NAME", "TAG"), OptionalInt.of(409)));
		assertThat(count("UQ_TAG_NAME", "TAG", "409")).isEqualTo(2);
	}

	@Test
	void namesNoCatalogHoldsAreTaggedOtherSoTheSeriesStayBounded() {
		for (int i = 0; i < 100; i++) {
			this.metrics.record(new ViolationEvent(unique("made_up_" + i, "nowhere_" + i), OptionalInt.empty()));
		}
		assertThat(count("other", "other", "unanswered")).isEqualTo(100);
		assertThat(this.meters.find(ViolationMetrics.METER).counters()).hasSize(1);
	}

	@Test
	void aViolationWithoutNamesIsTaggedOther() {
		this.metrics.record(new ViolationEvent(Cause.of(Kind.NOT_NULL), OptionalInt.of(422)));
		assertThat(this.meters.get(ViolationMetrics.METER)
			.tags("kind", "not-null", "constraint", "other", "table", "other", "outcome", "422")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void theCurrentObservationGetsAnEventNamingTheConstraint() {
		List<Observation.Event> events = new ArrayList<>();
		this.observations.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onEvent(Observation.Event event, Observation.Context context) {
				events.add(event);
			}

		});
		Observation.createNotStarted("request", this.observations)
			.observe(() -> this.metrics.record(new ViolationEvent(unique("UQ_TAG_NAME", "TAG"), OptionalInt.of(409))));
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.getName()).isEqualTo(ViolationMetrics.EVENT);
			assertThat(event.getContextualName()).isEqualTo("violated unique constraint UQ_TAG_NAME");
		});
	}

	private double count(String constraint, String table, String outcome) {
		return this.meters.get(ViolationMetrics.METER)
			.tags("kind", "unique", "constraint", constraint, "table", table, "outcome", outcome)
			.counter()
			.count();
	}

	private static Cause unique(String constraint, String table) {
		return Cause.of(Kind.UNIQUE).withConstraint(constraint).withTable(table);
	}

}
