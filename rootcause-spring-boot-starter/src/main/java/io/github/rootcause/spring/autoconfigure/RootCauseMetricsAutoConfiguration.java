package io.github.rootcause.spring.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.metrics.ViolationMetrics;

/**
 * Micrometer: the {@code rootcause.violations} counter and an observation event per violation
 * ({@link ViolationMetrics}), when Micrometer is on the class path and the application has a {@link MeterRegistry}
 * (Spring Boot's Actuator defines one). {@code rootcause.metrics.enabled=false} turns it off.
 */
@AutoConfiguration(after = RootCauseAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
				"org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ MeterRegistry.class, DataSourceResolvers.class })
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "rootcause.metrics.enabled", matchIfMissing = true)
public final class RootCauseMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ViolationMetrics rootCauseViolationMetrics(MeterRegistry meters, ObjectProvider<ObservationRegistry> observations,
			DataSourceResolvers resolvers) {
		return new ViolationMetrics(meters, observations.getIfAvailable(() -> ObservationRegistry.NOOP), resolvers);
	}

}
