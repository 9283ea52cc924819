package io.github.rootcause.spring.amqp;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;

import io.github.rootcause.spring.messaging.MessageViolation;

/**
 * Where a dead-lettered violation goes, in order: the application's own {@link MessageRecoverer}, handed a copy of
 * the message with rootcause's headers and a {@link DeadLetteredViolationException}; else the dead-letter exchange
 * of the consumer queue (its {@code Queue} bean's {@code x-dead-letter-exchange} and
 * {@code x-dead-letter-routing-key} arguments), else the configured exchange, to which a copy with rootcause's
 * headers is republished; else nowhere rootcause knows: the message is rejected without requeueing (the broker
 * dead-letters it without rootcause's headers, by a policy, or drops it), with a WARN once per queue.
 */
final class DeadLetters {

	/** The headers that Spring's {@code RepublishMessageRecoverer} adds, which hold the exception's message. */
	static final Set<String> EXCEPTION_HEADERS = Set.of("x-exception-message", "x-exception-stacktrace",
			"x-exception-cause-message");

	static final String ORIGINAL_EXCHANGE = "x-original-exchange";

	static final String ORIGINAL_ROUTING_KEY = "x-original-routingKey";

	private static final Log logger = LogFactory.getLog(RabbitViolationAdvice.class);

	private final Supplier<MessageRecoverer> recoverer;

	private final Supplier<AmqpTemplate> template;

	private final Function<String, Optional<Queue>> queues;

	private final String fallbackExchange;

	private final Map<String, Optional<Destination>> destinations = new ConcurrentHashMap<>();

	private final Set<String> warned = ConcurrentHashMap.newKeySet();

	DeadLetters(Supplier<MessageRecoverer> recoverer, Supplier<AmqpTemplate> template,
			Function<String, Optional<Queue>> queues, String fallbackExchange) {
		this.recoverer = recoverer;
		this.template = template;
		this.queues = queues;
		this.fallbackExchange = (fallbackExchange != null && !fallbackExchange.isBlank()) ? fallbackExchange : null;
	}

	/**
	 * Dead-letters a message.
	 * @param message the message as received
	 * @param violation the violation, with the outcome dead-letter
	 * @param deliveries how many times the listener was called with it
	 * @throws DeadLetteredViolationException when no dead-letter exchange is known
	 */
	void deadLetter(Message message, MessageViolation violation, int deliveries) {
		String queue = message.getMessageProperties().getConsumerQueue();
		MessageRecoverer recoverer = this.recoverer.get();
		if (recoverer != null) {
			recoverer.recover(copy(message, violation), new DeadLetteredViolationException(violation));
			logger.info(line(queue, violation, deliveries, "to the application's message recoverer"));
			return;
		}
		Optional<Destination> destination = (queue != null)
				? this.destinations.computeIfAbsent(queue, this::destination) : fallback();
		AmqpTemplate template = this.template.get();
		if (destination.isEmpty() || template == null) {
			if (this.warned.add(String.valueOf(queue))) {
				logger.warn("No dead-letter exchange known for queue '" + queue + "' (no Queue bean with an "
						+ "x-dead-letter-exchange argument, no rootcause.messaging.rabbit.dead-letter-exchange, or no "
						+ "AmqpTemplate): violations are rejected without requeueing, so the broker dead-letters them "
						+ "without rootcause's headers (by a policy) or drops them");
			}
			logger.info(line(queue, violation, deliveries, "rejected"));
			throw new DeadLetteredViolationException(violation);
		}
		Destination to = destination.get();
		String routingKey = (to.routingKey() != null) ? to.routingKey()
				: message.getMessageProperties().getReceivedRoutingKey();
		template.send(to.exchange(), routingKey, copy(message, violation));
		logger.info(line(queue, violation, deliveries, "to exchange '" + to.exchange() + "'"));
	}

	private Optional<Destination> destination(String queue) {
		Optional<Destination> declared = this.queues.apply(queue).flatMap((bean) -> {
			Object exchange = bean.getArguments().get("x-dead-letter-exchange");
			if (exchange == null) {
				return Optional.empty();
			}
			Object routingKey = bean.getArguments().get("x-dead-letter-routing-key");
			return Optional.of(new Destination(exchange.toString(), (routingKey != null) ? routingKey.toString() : null));
		});
		return declared.isPresent() ? declared : fallback();
	}

	private Optional<Destination> fallback() {
		return Optional.ofNullable(this.fallbackExchange).map((exchange) -> new Destination(exchange, null));
	}

	/** A copy of the message with rootcause's headers, without those that hold an exception's message. */
	private static Message copy(Message message, MessageViolation violation) {
		Message copy = MessageBuilder.fromClonedMessage(message).build();
		MessageProperties properties = copy.getMessageProperties();
		Map<String, Object> headers = properties.getHeaders();
		EXCEPTION_HEADERS.forEach(headers::remove);
		headers.putAll(violation.headers());
		MessageProperties received = message.getMessageProperties();
		if (received.getReceivedExchange() != null) {
			headers.put(ORIGINAL_EXCHANGE, received.getReceivedExchange());
		}
		if (received.getReceivedRoutingKey() != null) {
			headers.put(ORIGINAL_ROUTING_KEY, received.getReceivedRoutingKey());
		}
		if (properties.getDeliveryMode() == null) {
			properties.setDeliveryMode((received.getReceivedDeliveryMode() != null)
					? received.getReceivedDeliveryMode() : MessageDeliveryMode.PERSISTENT);
		}
		return copy;
	}

	private static String line(String queue, MessageViolation violation, int deliveries, String where) {
		return "Dead-lettered a message from queue '" + queue + "' after " + deliveries
				+ ((deliveries == 1) ? " delivery" : " deliveries") + ", " + where + ": " + violation.describe();
	}

	/** An exchange and, unless the received one is kept, a routing key. */
	private record Destination(String exchange, String routingKey) {
	}

}
