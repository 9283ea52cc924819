package io.github.rootcause.spring.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;

import io.github.rootcause.spring.kafka.KafkaViolationOutcomes;
import io.github.rootcause.spring.messaging.ViolationOutcomes;

/**
 * Spring for Apache Kafka: a {@link CommonErrorHandler} bean, which Spring Boot's Kafka auto-configuration gives its
 * {@code kafkaListenerContainerFactory} and so every {@code @KafkaListener} it creates, applying the outcomes of
 * {@link KafkaViolationOutcomes}; dead-lettered records are published through the application's unique
 * {@link KafkaOperations} ({@code KafkaTemplate}) bean, or logged and dropped when there is none. An application
 * that defines a {@code CommonErrorHandler} of its own keeps it, and rootcause defines none; the
 * {@link KafkaViolationOutcomes} bean can then be added to it. {@code rootcause.messaging.enabled=false} turns this
 * off.
 */
@AutoConfiguration(after = RootCauseAutoConfiguration.class,
		beforeName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
				"org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration" })
@ConditionalOnClass({ CommonErrorHandler.class, KafkaOperations.class })
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "rootcause.messaging.enabled", matchIfMissing = true)
@ConditionalOnBean(ViolationOutcomes.class)
public final class RootCauseKafkaAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	KafkaViolationOutcomes rootCauseKafkaViolationOutcomes(ViolationOutcomes outcomes, RootCauseProperties properties,
			ObjectProvider<KafkaOperations<?, ?>> templates, ApplicationEventPublisher events) {
		KafkaOperations<?, ?> template = templates.getIfUnique();
		return new KafkaViolationOutcomes(outcomes, ViolationOutcomesFactory.retry(properties),
				(template != null) ? KafkaViolationOutcomes.deadLetterTopic(template, outcomes) : null, events);
	}

	@Bean
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	CommonErrorHandler rootCauseKafkaErrorHandler(KafkaViolationOutcomes outcomes) {
		return outcomes.errorHandler();
	}

}
