package io.github.rootcause.spring.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * An application with {@code @KafkaListener} record listeners that write what they receive through a
 * {@link JdbcTemplate}, with no error handling of its own: an inbox of message ids ({@code inbox}), customers
 * ({@code customers}: {@code id|email|name}, an empty name for none) and their orders ({@code orders}:
 * {@code id|customerId}), and a listener that fails with no violation ({@code failing}). It counts each delivery,
 * and keeps what arrives on the dead-letter topics.
 */
@SpringBootApplication(scanBasePackageClasses = KafkaApplication.class, proxyBeanMethods = false)
class KafkaApplication {

	static final String INBOX = "inbox";

	static final String CUSTOMERS = "customers";

	static final String ORDERS = "orders";

	static final String FAILING = "failing";

	@Component
	static class Listeners {

		private final JdbcTemplate jdbc;

		final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

		final List<ConsumerRecord<String, String>> deadLetters = new CopyOnWriteArrayList<>();

		Listeners(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@KafkaListener(topics = INBOX, groupId = "inbox")
		void inbox(String messageId) {
			delivered(messageId);
			this.jdbc.update("insert into inbox (message_id) values (?)", messageId);
		}

		@KafkaListener(topics = CUSTOMERS, groupId = "customers")
		void customer(String customer) {
			delivered(customer);
			String[] fields = customer.split("\\|", -1);
			this.jdbc.update("insert into customer (id, email, name) values (?, ?, ?)", Integer.valueOf(fields[0]),
					fields[1], fields[2].isEmpty() ? null : fields[2]);
		}

		@KafkaListener(topics = ORDERS, groupId = "orders")
		void order(String order) {
			delivered(order);
			String[] fields = order.split("\\|", -1);
			this.jdbc.update("insert into purchase_order (id, customer_id) values (?, ?)", Integer.valueOf(fields[0]),
					Integer.valueOf(fields[1]));
		}

		@KafkaListener(topics = FAILING, groupId = "failing")
		void failing(String value) {
			delivered(value);
			throw new IllegalStateException("Not a constraint violation");
		}

		@KafkaListener(topics = { INBOX + "-dlt", CUSTOMERS + "-dlt", ORDERS + "-dlt", FAILING + "-dlt" },
				groupId = "dead-letters")
		void deadLetter(ConsumerRecord<String, String> record) {
			this.deadLetters.add(record);
		}

		int deliveries(String value) {
			AtomicInteger count = this.deliveries.get(value);
			return (count != null) ? count.get() : 0;
		}

		private void delivered(String value) {
			this.deliveries.computeIfAbsent(value, (key) -> new AtomicInteger()).incrementAndGet();
		}

	}

}
