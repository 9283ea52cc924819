package io.github.rootcause.spring.existing;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.rootcause.spring.Http;
import io.github.rootcause.spring.jdbc.ViolationGuard;
import io.github.rootcause.spring.metrics.ViolationMetrics;
import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The existing application with Actuator's meter registry, on H2: each violation answered over HTTP is counted with
 * the status answered, each one the guard recovers from as unanswered.
 */
@OnDatabase(TestDatabase.H2)
class ViolationMetricsH2Test extends ClinicScenarios {

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private ViolationGuard guard;

	@Test
	void aViolationAnsweredOverHttpIsCountedWithTheStatusAnswered() {
		double before = count("unique", "uq_user_username", "409");
		Http.Response response = new Http(this.port, List.of()).post("/api/users", """
				{"login": "taken-user"}""");
		assertThat(response.status()).isEqualTo(409);
		assertThat(count("unique", "uq_user_username", "409")).isEqualTo(before + 1);
	}

	@Test
	void aServerFaultIsCountedWith500() {
		this.jdbc.update("insert into pet (name, type_id) values ('Rex', ?)", this.dogType);
		double before = count("not-null", "other", "500");
		new Http(this.port, List.of()).delete("/api/pettypes/" + this.dogType);
		assertThat(count("not-null", "other", "500")).isEqualTo(before + 1);
	}

	@Test
	void aViolationTheGuardRecoversFromIsCountedUnanswered() {
		double before = count("unique", "uq_user_username", "unanswered");
		assertThat(this.guard.attempt(() -> this.jdbc.update("insert into app_user (username) values ('taken-user')")))
			.isPresent();
		assertThat(count("unique", "uq_user_username", "unanswered")).isEqualTo(before + 1);
	}

	private double count(String kind, String constraint, String outcome) {
		return Search.in(this.meters)
			.name(ViolationMetrics.METER)
			.tags("kind", kind, "constraint", constraint, "table", (constraint.equals("other") ? "pet" : "app_user"),
					"outcome", outcome)
			.counters()
			.stream()
			.mapToDouble((counter) -> counter.count())
			.sum();
	}

}
