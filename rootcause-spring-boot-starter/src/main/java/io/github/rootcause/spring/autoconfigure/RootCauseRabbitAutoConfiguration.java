package io.github.rootcause.spring.autoconfigure;

import java.util.Optional;
import java.util.function.Function;

import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.config.AbstractRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

import io.github.rootcause.spring.amqp.RabbitViolationAdvice;
import io.github.rootcause.spring.messaging.ViolationOutcomes;

/**
 * Spring AMQP: the outcomes of the violations met by {@code @RabbitListener} methods, applied by a
 * {@link RabbitViolationAdvice} appended (innermost) to the advice chain of every listener container factory bean:
 * Spring Boot's auto-configured ones, and the application's own.
 *
 * <p>The application keeps precedence. Its own {@link MessageRecoverer} bean (the one Spring Boot applies when
 * listener retry is on) receives the dead-lettered violations, as a copy with rootcause's headers and a
 * value-free {@link io.github.rootcause.spring.amqp.DeadLetteredViolationException}, instead of rootcause
 * republishing them. A container's error handler (Spring AMQP's default, or the one the application sets on its
 * factory) still receives every failure that is no violation, as before; it receives a violation only when no
 * dead-letter exchange is known, as a {@code DeadLetteredViolationException}. {@code rootcause.messaging.enabled=false}
 * (or {@code rootcause.messaging.rabbit.enabled=false}) leaves the containers as they were.
 */
@AutoConfiguration(after = RootCauseAutoConfiguration.class,
		afterName = { "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
				"org.springframework.boot.autoconfigure.amqp.RabbitAutoConfiguration" })
@ConditionalOnClass({ AbstractRabbitListenerContainerFactory.class, MessageRecoverer.class })
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "rootcause.messaging.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "rootcause.messaging.rabbit.enabled", matchIfMissing = true)
@ConditionalOnBean(ViolationOutcomes.class)
public final class RootCauseRabbitAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RabbitViolationAdvice rootCauseRabbitViolationAdvice(ViolationOutcomes outcomes, RootCauseProperties properties,
			ApplicationEventPublisher events, ObjectProvider<MessageRecoverer> recoverers,
			ObjectProvider<AmqpTemplate> templates, ObjectProvider<Queue> queues,
			ObjectProvider<Declarables> declarables) {
		Function<String, Optional<Queue>> queue = (name) -> queues.orderedStream()
			.filter((candidate) -> name.equals(candidate.getName()))
			.findFirst()
			.or(() -> declarables.orderedStream()
				.flatMap((declared) -> declared.getDeclarablesByType(Queue.class).stream())
				.filter((candidate) -> name.equals(candidate.getName()))
				.findFirst());
		return new RabbitViolationAdvice(outcomes, ViolationOutcomesFactory.retry(properties), events,
				recoverers::getIfUnique, templates::getIfUnique, queue,
				properties.getMessaging().getRabbit().getDeadLetterExchange());
	}

	@Bean
	static RabbitAdvicePostProcessor rootCauseRabbitAdvicePostProcessor(
			ObjectProvider<RabbitViolationAdvice> advice) {
		return new RabbitAdvicePostProcessor(advice);
	}

}
