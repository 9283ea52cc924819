package io.github.rootcause.spring.autoconfigure;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

import io.github.rootcause.spring.batch.ViolationSkipListener;
import io.github.rootcause.spring.batch.ViolationSkipPolicy;
import io.github.rootcause.spring.messaging.ViolationOutcomes;

/**
 * Spring Batch 6: a {@link ViolationSkipPolicy} and a {@link ViolationSkipListener} bean, for the application to put
 * on its chunk-oriented steps (a step is built by the application, so rootcause cannot add them itself):
 *
 * <pre class="code">
 * new StepBuilder("import", jobRepository).&lt;Line, Line&gt;chunk(100)
 *     .reader(reader).writer(writer)
 *     .faultTolerant().skipPolicy(skipPolicy)
 *     .listener(skipListener)
 *     .build();
 * </pre>
 *
 * Both decide by the shared {@link ViolationOutcomes} bean (or, with {@code rootcause.messaging.enabled=false}, by
 * the same {@code rootcause.*} properties). Not on Spring Batch 5 (Spring Boot 3.5), whose listener interfaces are in
 * other packages: the conditions keep it off there. {@code rootcause.batch.enabled=false} turns it off.
 */
@AutoConfiguration(after = RootCauseAutoConfiguration.class,
		afterName = { "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
				"org.springframework.boot.autoconfigure.batch.BatchAutoConfiguration" })
@ConditionalOnClass({ SkipPolicy.class, SkipListener.class, Chunk.class })
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "rootcause.batch.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RootCauseProperties.class)
public final class RootCauseBatchAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ViolationSkipPolicy rootCauseViolationSkipPolicy(ObjectProvider<ViolationOutcomes> outcomes,
			RootCauseProperties properties) {
		return new ViolationSkipPolicy(outcomes(outcomes, properties), properties.getBatch().getSkipLimit());
	}

	@Bean
	@ConditionalOnMissingBean
	ViolationSkipListener rootCauseViolationSkipListener(ObjectProvider<ViolationOutcomes> outcomes,
			RootCauseProperties properties, ApplicationEventPublisher events) {
		return new ViolationSkipListener(outcomes(outcomes, properties), events);
	}

	private static ViolationOutcomes outcomes(ObjectProvider<ViolationOutcomes> outcomes,
			RootCauseProperties properties) {
		return outcomes.getIfAvailable(() -> ViolationOutcomesFactory.outcomes(properties));
	}

}
