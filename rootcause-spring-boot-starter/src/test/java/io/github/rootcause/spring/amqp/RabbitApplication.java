package io.github.rootcause.spring.amqp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An application of {@code @RabbitListener} methods writing through a {@link JdbcTemplate}, with nothing of
 * rootcause in its code: an exchange of its own ({@code rootcause.test.rabbit.exchange}) routes to five queues
 * (inbox, customers, orders, failing, customer-batches), each declared with the dead-letter exchange
 * ({@code rootcause.test.rabbit.dead-letters}) that routes to one dead-letter queue; and a batch listener of customers
 * ({@code customer-batches}) on a container factory of its own. All of them are deleted when the
 * context closes. It scans only its own package.
 */
@SpringBootApplication(scanBasePackageClasses = RabbitApplication.class, proxyBeanMethods = false)
class RabbitApplication {

	static final String DEAD = "dead";

	private static final String[] ROUTES = { "inbox", "customers", "orders", "failing", "customer-batches" };

	/**
	 * A container factory of the application's, for its batch listener: batches of up to three messages gathered by
	 * the consumer. rootcause's advice is added to it as to Spring Boot's.
	 * @param connections the connection factory
	 * @return the factory
	 */
	@Bean
	SimpleRabbitListenerContainerFactory batchFactory(ConnectionFactory connections) {
		SimpleRabbitListenerContainerFactory factory = new SimpleRabbitListenerContainerFactory();
		factory.setConnectionFactory(connections);
		factory.setBatchListener(true);
		factory.setConsumerBatchEnabled(true);
		factory.setBatchSize(3);
		factory.setReceiveTimeout(2000L);
		return factory;
	}

	@Bean
	Declarables rabbitTopology(@Value("${rootcause.test.rabbit.exchange}") String exchange,
			@Value("${rootcause.test.rabbit.dead-letters}") String deadLetters) {
		DirectExchange main = new DirectExchange(exchange, false, false);
		DirectExchange dlx = new DirectExchange(deadLetters, false, false);
		Queue dlq = QueueBuilder.nonDurable(deadLetters).build();
		List<Declarable> declarables = new ArrayList<>(List.of(main, dlx, dlq, BindingBuilder.bind(dlq).to(dlx).with(DEAD)));
		for (String route : ROUTES) {
			Queue queue = QueueBuilder.nonDurable(exchange + "." + route)
				.deadLetterExchange(deadLetters)
				.deadLetterRoutingKey(DEAD)
				.build();
			Binding binding = BindingBuilder.bind(queue).to(main).with(route);
			declarables.add(queue);
			declarables.add(binding);
		}
		return new Declarables(declarables);
	}

	@Bean
	DisposableBean rabbitCleanup(AmqpAdmin admin, @Value("${rootcause.test.rabbit.exchange}") String exchange,
			@Value("${rootcause.test.rabbit.dead-letters}") String deadLetters) {
		return () -> {
			for (String route : ROUTES) {
				admin.deleteQueue(exchange + "." + route);
			}
			admin.deleteQueue(deadLetters);
			admin.deleteExchange(exchange);
			admin.deleteExchange(deadLetters);
		};
	}

	/** How many times each listener was called with each body. */
	@Component
	static final class Deliveries {

		private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

		int of(String body) {
			AtomicInteger count = this.counts.get(body);
			return (count != null) ? count.get() : 0;
		}

		int count(String body) {
			return this.counts.computeIfAbsent(body, (key) -> new AtomicInteger()).incrementAndGet();
		}

	}

	/** The listeners: bodies are comma-separated fields, an empty field is null. */
	@Component
	static final class Listeners {

		private final JdbcTemplate jdbc;

		private final Deliveries deliveries;

		private final TransactionTemplate transactions;

		Listeners(JdbcTemplate jdbc, Deliveries deliveries, TransactionTemplate transactions) {
			this.jdbc = jdbc;
			this.deliveries = deliveries;
			this.transactions = transactions;
		}

		/** Writes a batch of customers in one transaction. */
		@RabbitListener(queues = "${rootcause.test.rabbit.exchange}.customer-batches", containerFactory = "batchFactory")
		void customerBatch(List<Message> messages) {
			List<Object[]> rows = new ArrayList<>();
			for (Message message : messages) {
				String body = new String(message.getBody(), StandardCharsets.UTF_8);
				this.deliveries.count(body);
				String[] fields = body.split(",", -1);
				rows.add(new Object[] { Integer.valueOf(fields[0]), fields[1], fields[2].isEmpty() ? null : fields[2] });
			}
			this.transactions.executeWithoutResult((status) -> this.jdbc
				.batchUpdate("insert into customer (id, email, name) values (?, ?, ?)", rows));
		}

		@RabbitListener(queues = "${rootcause.test.rabbit.exchange}.inbox")
		void inbox(String messageId) {
			this.deliveries.count(messageId);
			this.jdbc.update("insert into inbox (message_id) values (?)", messageId);
		}

		@RabbitListener(queues = "${rootcause.test.rabbit.exchange}.customers")
		void customer(String body) {
			this.deliveries.count(body);
			String[] fields = body.split(",", -1);
			this.jdbc.update("insert into customer (id, email, name) values (?, ?, ?)", Integer.valueOf(fields[0]),
					fields[1], fields[2].isEmpty() ? null : fields[2]);
		}

		@RabbitListener(queues = "${rootcause.test.rabbit.exchange}.orders")
		void order(String body) {
			this.deliveries.count(body);
			String[] fields = body.split(",", -1);
			this.jdbc.update("insert into purchase_order (id, customer_id) values (?, ?)", Integer.valueOf(fields[0]),
					Integer.valueOf(fields[1]));
		}

		/** Fails, with no violation, until its third delivery. */
		@RabbitListener(queues = "${rootcause.test.rabbit.exchange}.failing")
		void failing(String body) {
			if (this.deliveries.count(body) < 3) {
				throw new IllegalStateException("not yet");
			}
		}

	}

}
