package io.github.rootcause.spring.batch5;

import org.springframework.batch.core.SkipListener;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

import io.github.rootcause.spring.autoconfigure.RootCauseAutoConfiguration;
import io.github.rootcause.spring.autoconfigure.RootCauseProperties;
import io.github.rootcause.spring.batch.ViolationSkipPolicy;
import io.github.rootcause.spring.messaging.ViolationOutcomes;

/**
 * Spring Batch 5 (Spring Boot 3.5): the starter's {@link ViolationSkipPolicy} and a
 * {@link Batch5ViolationSkipListener}, for the application to put on its chunk-oriented steps, deciding by the
 * shared {@link ViolationOutcomes} bean. Conditional on Spring Batch 5's {@code org.springframework.batch.core.SkipListener}
 * (Spring Batch 6 moved it): on Spring Batch 6 the starter's own auto-configuration applies.
 * {@code rootcause.batch.enabled=false} turns it off, and so does {@code rootcause.messaging.enabled=false}, which
 * leaves no {@code ViolationOutcomes} bean.
 */
@AutoConfiguration(after = RootCauseAutoConfiguration.class,
		afterName = "org.springframework.boot.autoconfigure.batch.BatchAutoConfiguration")
@ConditionalOnClass({ SkipPolicy.class, SkipListener.class })
@ConditionalOnBean(ViolationOutcomes.class)
@ConditionalOnProperty(name = { "rootcause.enabled", "rootcause.batch.enabled" }, havingValue = "true",
		matchIfMissing = true)
public final class RootCauseBatch5AutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ViolationSkipPolicy rootCauseViolationSkipPolicy(ViolationOutcomes outcomes,
			RootCauseProperties properties) {
		return new ViolationSkipPolicy(outcomes, properties.getBatch().getSkipLimit());
	}

	@Bean
	@ConditionalOnMissingBean
	Batch5ViolationSkipListener rootCauseBatch5ViolationSkipListener(ViolationOutcomes outcomes,
			ApplicationEventPublisher events) {
		return new Batch5ViolationSkipListener(outcomes, events);
	}

}
