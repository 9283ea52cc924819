package io.github.rootcause.sample.storefront;

import java.math.BigDecimal;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The storefront's events, consumed from RabbitMQ with the {@code rabbit} profile (without it, the sample has no
 * RabbitMQ beans at all and never tries to reach a broker). The topology, declared when the first connection opens:
 * the direct exchange {@code shop.events} ({@code shop.events.exchange}) routes {@code customer-registered} and
 * {@code order-placed} to the queues of those names under it ({@code shop.events.customer-registered}, ...), each
 * dead-lettered to the fanout exchange {@code shop.events.dlx} and from there to {@code shop.events.dead-letters}.
 * Bodies are JSON ({@code content_type: application/json}).
 *
 * <p>The listeners only write. What becomes of an event that violates a constraint is rootcause's decision, set by
 * one line of {@code application.yml} ({@code uq_inbox_message_id} on {@code acknowledge}) and the defaults: a
 * duplicate delivery is acknowledged; an order placed before its customer's registration arrived (the foreign key
 * {@code fk_storefront_order_customer}, row missing) is retried until it does, then dead-lettered; an invalid event
 * (a missing value, a negative total, an email registered by another event) goes to the dead letters after one
 * delivery, with {@code rootcause-kind}, {@code rootcause-constraint} and {@code rootcause-fields} headers and no
 * value.
 */
@Configuration(proxyBeanMethods = false)
@Profile("rabbit")
class StorefrontEvents {

	static final String CUSTOMER_REGISTERED = "customer-registered";

	static final String ORDER_PLACED = "order-placed";

	/** A customer registered in the web store. */
	record CustomerRegistered(String messageId, String email, String name) {
	}

	/** An order placed in the web store, of the customer with this email. */
	record OrderPlaced(String messageId, String orderNumber, String customerEmail, BigDecimal total) {
	}

	@Bean
	Declarables storefrontTopology(@Value("${shop.events.exchange}") String exchange) {
		DirectExchange events = new DirectExchange(exchange);
		FanoutExchange deadLetters = new FanoutExchange(exchange + ".dlx");
		Queue deadLetterQueue = QueueBuilder.durable(exchange + ".dead-letters").build();
		Queue customers = queue(exchange, CUSTOMER_REGISTERED);
		Queue orders = queue(exchange, ORDER_PLACED);
		return new Declarables(events, deadLetters, deadLetterQueue, customers, orders,
				BindingBuilder.bind(deadLetterQueue).to(deadLetters),
				bind(customers, events, CUSTOMER_REGISTERED), bind(orders, events, ORDER_PLACED));
	}

	private static Queue queue(String exchange, String event) {
		return QueueBuilder.durable(exchange + "." + event).deadLetterExchange(exchange + ".dlx").build();
	}

	private static Binding bind(Queue queue, DirectExchange exchange, String event) {
		return BindingBuilder.bind(queue).to(exchange).with(event);
	}

	/** JSON bodies, read into the listeners' parameter types; Spring Boot gives it to its listener containers. */
	@Bean
	MessageConverter storefrontMessageConverter() {
		return new JacksonJsonMessageConverter();
	}

	@Bean
	Listeners storefrontListeners(Storefront storefront) {
		return new Listeners(storefront);
	}

	/** The listeners, one container each: an order waiting for its customer does not hold up registrations. */
	static final class Listeners {

		private final Storefront storefront;

		Listeners(Storefront storefront) {
			this.storefront = storefront;
		}

		@RabbitListener(queues = "${shop.events.exchange}." + CUSTOMER_REGISTERED)
		void customerRegistered(CustomerRegistered event) {
			this.storefront.customerRegistered(event.messageId(), event.email(), event.name());
		}

		@RabbitListener(queues = "${shop.events.exchange}." + ORDER_PLACED)
		void orderPlaced(OrderPlaced event) {
			this.storefront.orderPlaced(event.messageId(), event.orderNumber(), event.customerEmail(),
					event.total());
		}

	}

}
