package io.github.rootcause.spring.amqp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.context.ApplicationEventPublisher;

import io.github.rootcause.spring.jdbc.ViolationEvent;
import io.github.rootcause.spring.messaging.MessageOutcome;
import io.github.rootcause.spring.messaging.MessageViolation;
import io.github.rootcause.spring.messaging.RetrySettings;
import io.github.rootcause.spring.messaging.ViolationOutcomes;

/**
 * Applies the outcome of a violation met by a {@code @RabbitListener} (or any listener of a container built by a
 * listener container factory): the innermost advice of the container's advice chain, so that it decides before any
 * retry interceptor of the chain (Spring Boot's, with {@code spring.rabbitmq.listener.*.retry.enabled}) sees the
 * failure. For a failure that {@link ViolationOutcomes} decides:
 * <ul>
 * <li>{@code acknowledge}: a DEBUG line; the listener returns normally and the message is acknowledged;
 * <li>{@code retry}: the listener is called again with the message after the back-off of {@link RetrySettings},
 * up to its {@code maxAttempts} calls in all, then the message is dead-lettered;
 * <li>{@code dead-letter}: not retried; the application's own {@code MessageRecoverer} receives it if there is
 * one, else a copy goes to the dead-letter exchange of the consumer queue (its {@code Queue} bean's
 * {@code x-dead-letter-exchange}), else to {@code rootcause.messaging.rabbit.dead-letter-exchange}, with the
 * headers {@code rootcause-kind}, {@code rootcause-constraint} and {@code rootcause-fields}, without the
 * {@code x-exception-*} headers, and with {@code x-original-exchange} and {@code x-original-routingKey}; the original
 * is acknowledged. With no dead-letter exchange known, it is rejected without requeueing
 * ({@link DeadLetteredViolationException}).
 * </ul>
 * Every other failure is rethrown as it is: the container, its error handler and its retry interceptor handle it
 * as without rootcause. Each decision is published as a {@link ViolationEvent}, which rootcause's metrics count. A
 * batch listener's batch (consumer-side batching) that fails with a violation is retried whole while the outcome
 * is {@code retry}, then each of its messages is dead-lettered; it is never acknowledged, as which message failed is
 * not known.
 */
public final class RabbitViolationAdvice implements MethodInterceptor {

	private static final Log logger = LogFactory.getLog(RabbitViolationAdvice.class);

	private final ViolationOutcomes outcomes;

	private final RetrySettings retry;

	private final ApplicationEventPublisher events;

	private final DeadLetters deadLetters;

	/**
	 * Creates the advice.
	 * @param outcomes the decision
	 * @param retry how a violation to retry is retried
	 * @param events where the decisions are published
	 * @param recoverer the application's own message recoverer, or {@code null}
	 * @param template what republishes to the dead-letter exchange, or {@code null}
	 * @param queues the application's queue declaration of a name
	 * @param deadLetterExchange the exchange for queues declaring none, or {@code null}
	 */
	public RabbitViolationAdvice(ViolationOutcomes outcomes, RetrySettings retry, ApplicationEventPublisher events,
			Supplier<MessageRecoverer> recoverer, Supplier<AmqpTemplate> template,
			Function<String, Optional<Queue>> queues, String deadLetterExchange) {
		this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
		this.retry = Objects.requireNonNull(retry, "retry");
		this.events = Objects.requireNonNull(events, "events");
		this.deadLetters = new DeadLetters(recoverer, template, queues, deadLetterExchange);
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		if (!(invocation instanceof ProxyMethodInvocation proxied) || !carriesMessages(invocation.getArguments())) {
			return invocation.proceed();
		}
		try {
			return proxied.invocableClone().proceed();
		}
		catch (Throwable failure) {
			// The messages are gathered on the failure's path only: a call that succeeds allocates nothing more.
			List<Message> messages = messages(invocation.getArguments());
			if (messages == null) {
				throw failure;
			}
			return settle(proxied, messages, failure);
		}
	}

	/**
	 * Applies the outcome of the failure of the first call, calling the listener again while it is retry. A batch
	 * (several messages) that failed is never acknowledged: which message failed is not known, and the writes of
	 * the others were rolled back with it, or were never made; when its outcome is not retry, or the retries are
	 * spent, every message of it is dead-lettered.
	 */
	private Object settle(ProxyMethodInvocation invocation, List<Message> messages, Throwable first) throws Throwable {
		Throwable failure = first;
		boolean batch = messages.size() > 1;
		String queue = messages.get(0).getMessageProperties().getConsumerQueue();
		String what = batch ? "a batch of " + messages.size() + " messages" : "a message";
		for (int deliveries = 1;; deliveries++) {
			Optional<MessageViolation> decided = this.outcomes.decide(failure);
			if (decided.isEmpty()) {
				throw failure;
			}
			MessageViolation violation = decided.get();
			if (violation.outcome() == MessageOutcome.ACKNOWLEDGE && !batch) {
				if (logger.isDebugEnabled()) {
					logger.debug("Acknowledged a message from queue '" + queue + "': " + violation.describe());
				}
				publish(violation, MessageOutcome.ACKNOWLEDGE);
				return null;
			}
			if (violation.outcome() != MessageOutcome.RETRY || deliveries >= this.retry.maxAttempts()) {
				MessageViolation deadLettered = new MessageViolation(violation.cause(), MessageOutcome.DEAD_LETTER);
				publish(deadLettered, MessageOutcome.DEAD_LETTER);
				for (Message message : messages) {
					this.deadLetters.deadLetter(message, deadLettered, deliveries);
				}
				return null;
			}
			publish(violation, MessageOutcome.RETRY);
			if (logger.isDebugEnabled()) {
				logger.debug("Retrying " + what + " from queue '" + queue + "' after delivery " + deliveries + ": "
						+ violation.describe());
			}
			try {
				Thread.sleep(this.retry.interval(deliveries).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw failure;
			}
			try {
				return invocation.invocableClone().proceed();
			}
			catch (Throwable next) {
				failure = next;
			}
		}
	}

	private void publish(MessageViolation violation, MessageOutcome outcome) {
		this.events.publishEvent(ViolationEvent.outsideHttp(violation.cause(), outcome.tag()));
	}

	/** Whether a call is a listener's, with a message or a batch of them. */
	private static boolean carriesMessages(Object[] arguments) {
		for (Object argument : arguments) {
			if (argument instanceof Message || argument instanceof List) {
				return true;
			}
		}
		return false;
	}

	/** The message of a listener's call, or the messages of a batch listener's; {@code null} for anything else. */
	private static List<Message> messages(Object[] arguments) {
		for (Object argument : arguments) {
			if (argument instanceof Message message) {
				return List.of(message);
			}
			if (argument instanceof List<?> list && !list.isEmpty()
					&& list.stream().allMatch((element) -> element instanceof Message)) {
				return list.stream().map(Message.class::cast).toList();
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return "RabbitViolationAdvice " + this.outcomes + ", retry " + this.retry;
	}

}
