package io.github.rootcause.spring.catalog;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.util.ClassUtils;

import io.github.rootcause.spring.Http.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code rootcause} health contributor ({@code /actuator/health/rootcause}): on Spring Boot 4, UP once the catalog
 * read at startup is complete, with a detail per data source; on Spring Boot 3.5 (the same test sources run there),
 * whose health support it is not built on, there is none, and {@code /actuator/rootcause} tells the same state. Run
 * on each database by a subclass named for it.
 */
abstract class CatalogHealthScenarios extends CatalogScenarios {

	/** What rootcause's health auto-configuration is conditional on. */
	private static final String HEALTH_INDICATOR = "org.springframework.boot.health.contributor.HealthIndicator";

	@Test
	void theRootcauseHealthIsUpWithACompleteCatalogPerDataSourceOnSpringBoot4(CapturedOutput output) {
		Response health = http().get("/actuator/health/rootcause");
		if (!ClassUtils.isPresent(HEALTH_INDICATOR, getClass().getClassLoader())) {
			assertThat(health.status()).as("no rootcause health contributor before Spring Boot 4").isEqualTo(404);
			return;
		}
		assertThat(health.status()).as(health.body()).isEqualTo(200);
		health.leaksNothing();
		assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
		Map<String, Object> dataSource = JsonPath.read(health.body(), "$.details.dataSource");
		assertThat(dataSource).containsEntry("status", "complete").containsKey("readAt");
		assertThat((Integer) dataSource.get("constraints")).isPositive();
		logIsClean(output);
	}

	@Test
	void theRootcauseEndpointTellsACompleteCatalogPerDataSourceOnEveryLine(CapturedOutput output) {
		Response endpoint = http().get("/actuator/rootcause");
		assertThat(endpoint.status()).as(endpoint.body()).isEqualTo(200);
		endpoint.leaksNothing();
		Map<String, Object> catalog = JsonPath.read(endpoint.body(), "$.dataSources.dataSource.catalog");
		assertThat(catalog).containsEntry("status", "complete").containsEntry("missing", List.of())
			.containsKey("readAt");
		assertThat((Integer) catalog.get("constraints")).isPositive();
		logIsClean(output);
	}

}
