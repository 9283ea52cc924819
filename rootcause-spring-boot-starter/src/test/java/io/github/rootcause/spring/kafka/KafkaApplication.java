package io.github.rootcause.spring.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An application with {@code @KafkaListener} record listeners that write what they receive through a
 * {@link JdbcTemplate}, with no error handling of its own: an inbox of message ids ({@code inbox}), customers
 * ({@code customers}: {@code id|email|name}, an empty name for none) and their orders ({@code orders}:
 * {@code id|customerId}), and a listener that fails with no violation ({@code failing}); and batch listeners of
 * customers and orders that write a batch in one transaction, and one that names the record it failed on with a
 * {@code BatchListenerFailedException}. It counts each delivery,
 * and keeps what arrives on the dead-letter topics.
 */
@SpringBootApplication(scanBasePackageClasses = KafkaApplication.class, proxyBeanMethods = false)
class KafkaApplication {

	static final String INBOX = "inbox";

	static final String CUSTOMERS = "customers";

	static final String ORDERS = "orders";

	static final String FAILING = "failing";

	/** Customers to a batch listener that writes its whole batch in one transaction. */
	static final String CUSTOMER_BATCHES = "customer-batches";

	/** Orders to a batch listener that writes its whole batch in one transaction. */
	static final String ORDER_BATCHES = "order-batches";

	/** Customers to a batch listener that names the record it failed on. */
	static final String NAMED_BATCHES = "named-batches";

	private static final String INSERT_CUSTOMER = "insert into customer (id, email, name) values (?, ?, ?)";

	private static final String INSERT_ORDER = "insert into purchase_order (id, customer_id) values (?, ?)";

	@Component
	static class Listeners {

		private final JdbcTemplate jdbc;

		private final TransactionTemplate transactions;

		final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

		final List<ConsumerRecord<String, String>> deadLetters = new CopyOnWriteArrayList<>();

		Listeners(JdbcTemplate jdbc, TransactionTemplate transactions) {
			this.jdbc = jdbc;
			this.transactions = transactions;
		}

		@KafkaListener(topics = INBOX, groupId = "inbox")
		void inbox(String messageId) {
			delivered(messageId);
			this.jdbc.update("insert into inbox (message_id) values (?)", messageId);
		}

		@KafkaListener(topics = CUSTOMERS, groupId = "customers")
		void customer(String customer) {
			delivered(customer);
			this.jdbc.update(INSERT_CUSTOMER, customerRow(customer));
		}

		@KafkaListener(topics = ORDERS, groupId = "orders")
		void order(String order) {
			delivered(order);
			this.jdbc.update(INSERT_ORDER, orderRow(order));
		}

		@KafkaListener(topics = CUSTOMER_BATCHES, groupId = "customer-batches", batch = "true",
				properties = { "fetch.min.bytes=1000000", "fetch.max.wait.ms=500" })
		void customerBatch(List<String> customers) {
			customers.forEach(this::delivered);
			this.transactions.executeWithoutResult((status) -> this.jdbc.batchUpdate(INSERT_CUSTOMER,
					customers.stream().map(Listeners::customerRow).toList()));
		}

		@KafkaListener(topics = ORDER_BATCHES, groupId = "order-batches", batch = "true",
				properties = { "fetch.min.bytes=1000000", "fetch.max.wait.ms=500" })
		void orderBatch(List<String> orders) {
			orders.forEach(this::delivered);
			this.transactions.executeWithoutResult(
					(status) -> this.jdbc.batchUpdate(INSERT_ORDER, orders.stream().map(Listeners::orderRow).toList()));
		}

		@KafkaListener(topics = NAMED_BATCHES, groupId = "named-batches", batch = "true",
				properties = { "fetch.min.bytes=1000000", "fetch.max.wait.ms=500" })
		void namedBatch(List<String> customers) {
			for (int index = 0; index < customers.size(); index++) {
				delivered(customers.get(index));
				try {
					this.jdbc.update(INSERT_CUSTOMER, customerRow(customers.get(index)));
				}
				catch (DataAccessException ex) {
					throw new BatchListenerFailedException("Customer not written", ex, index);
				}
			}
		}

		@KafkaListener(topics = FAILING, groupId = "failing")
		void failing(String value) {
			delivered(value);
			throw new IllegalStateException("Not a constraint violation");
		}

		@KafkaListener(topics = { INBOX + "-dlt", CUSTOMERS + "-dlt", ORDERS + "-dlt", FAILING + "-dlt",
				CUSTOMER_BATCHES + "-dlt", ORDER_BATCHES + "-dlt", NAMED_BATCHES + "-dlt" },
				groupId = "dead-letters")
		void deadLetter(ConsumerRecord<String, String> record) {
			this.deadLetters.add(record);
		}

		int deliveries(String value) {
			AtomicInteger count = this.deliveries.get(value);
			return (count != null) ? count.get() : 0;
		}

		/** {@code id|email|name}, an empty name for none. */
		private static Object[] customerRow(String customer) {
			String[] fields = customer.split("\\|", -1);
			return new Object[] { Integer.valueOf(fields[0]), fields[1], fields[2].isEmpty() ? null : fields[2] };
		}

		/** {@code id|customerId}. */
		private static Object[] orderRow(String order) {
			String[] fields = order.split("\\|", -1);
			return new Object[] { Integer.valueOf(fields[0]), Integer.valueOf(fields[1]) };
		}

		private void delivered(String value) {
			this.deliveries.computeIfAbsent(value, (key) -> new AtomicInteger()).incrementAndGet();
		}

	}

}
