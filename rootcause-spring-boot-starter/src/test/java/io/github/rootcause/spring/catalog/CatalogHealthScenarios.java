package io.github.rootcause.spring.catalog;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.util.ClassUtils;

import io.github.rootcause.spring.Http.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code rootcause} health contributor ({@code /actuator/health/rootcause}): UP once the catalog read at startup
 * is complete, with a detail per data source. Spring Boot 4 only, whose health support the contributor is built on
 * (the same test sources run on Spring Boot 3.5, which skips it). Run on each database by a subclass named for it.
 */
abstract class CatalogHealthScenarios extends CatalogScenarios {

	/** What rootcause's health auto-configuration is conditional on. */
	private static final String HEALTH_INDICATOR = "org.springframework.boot.health.contributor.HealthIndicator";

	@Test
	void theRootcauseHealthIsUpWithACompleteCatalogPerDataSource(CapturedOutput output) {
		assumeTrue(ClassUtils.isPresent(HEALTH_INDICATOR, getClass().getClassLoader()),
				"rootcause's health contributor needs Spring Boot 4's health support (" + HEALTH_INDICATOR
						+ "), which this Spring Boot line does not have");
		Response health = http().get("/actuator/health/rootcause");
		assertThat(health.status()).as(health.body()).isEqualTo(200);
		health.leaksNothing();
		assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
		Map<String, Object> dataSource = JsonPath.read(health.body(), "$.details.dataSource");
		assertThat(dataSource).containsEntry("status", "complete").containsKey("readAt");
		assertThat((Integer) dataSource.get("constraints")).isPositive();
		logIsClean(output);
	}

}
