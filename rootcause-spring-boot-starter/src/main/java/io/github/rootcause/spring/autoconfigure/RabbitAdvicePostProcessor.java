package io.github.rootcause.spring.autoconfigure;

import java.util.Arrays;

import org.aopalliance.aop.Advice;

import org.springframework.amqp.rabbit.config.AbstractRabbitListenerContainerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import io.github.rootcause.spring.amqp.RabbitViolationAdvice;

/**
 * Appends the {@link RabbitViolationAdvice} to the advice chain of each listener container factory bean (Spring
 * Boot's and the application's), last, so that it is the innermost advice: it decides before a retry interceptor
 * of the chain sees the failure. Spring Boot's factories have their chain (and retry interceptor) set when they are
 * created, before this runs.
 */
final class RabbitAdvicePostProcessor implements BeanPostProcessor {

	private final ObjectProvider<RabbitViolationAdvice> advice;

	RabbitAdvicePostProcessor(ObjectProvider<RabbitViolationAdvice> advice) {
		this.advice = advice;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractRabbitListenerContainerFactory<?> factory) {
			RabbitViolationAdvice violations = this.advice.getIfAvailable();
			Advice[] chain = factory.getAdviceChain();
			Advice[] current = (chain != null) ? chain : new Advice[0];
			if (violations != null && Arrays.stream(current).noneMatch(RabbitViolationAdvice.class::isInstance)) {
				Advice[] appended = Arrays.copyOf(current, current.length + 1);
				appended[current.length] = violations;
				factory.setAdviceChain(appended);
			}
		}
		return bean;
	}

}
