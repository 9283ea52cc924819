package io.github.rootcause.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.rootcause.testing.RabbitMqBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The storefront's event consumer on a real RabbitMQ broker, on H2, configured as the sample is: only
 * {@code uq_inbox_message_id} set to {@code acknowledge} in {@code application.yml}, every other outcome and the
 * retry back-off rootcause's defaults. The exchange and queues are the test run's own and are deleted when the
 * sample stops. Events are sent as the web store would send them: JSON bodies, no Java type headers. The
 * walkthrough's section with a broker is replayed here too ({@link Walkthrough#replayWithABroker}).
 */
@OnH2
@OnRabbitMq
@ExtendWith(OutputCaptureExtension.class)
class StorefrontEventsH2Test extends SampleTest {

	private static final String EXCHANGE = "shop.events.test-" + UUID.randomUUID().toString().substring(0, 8);

	private static final String DEAD_LETTERS = EXCHANGE + ".dead-letters";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Autowired
	private RabbitTemplate rabbit;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MeterRegistry meters;

	@DynamicPropertySource
	static void broker(DynamicPropertyRegistry properties) {
		properties.add("spring.rabbitmq.host", RabbitMqBroker::host);
		properties.add("spring.rabbitmq.port", RabbitMqBroker::port);
		properties.add("shop.events.exchange", () -> EXCHANGE);
	}

	@Test
	void aDuplicateDeliveryIsAcknowledgedWithoutRetryOrDeadLetter(CapturedOutput output) {
		String email = unique("twice") + "@example.com";
		String event = customerRegistered(unique("message"), email, "Grace Hopper");
		double acknowledged = counted("uq_inbox_message_id", "acknowledge");
		send("customer-registered", event);
		send("customer-registered", event);
		await().atMost(TIMEOUT).until(() -> counted("uq_inbox_message_id", "acknowledge") == acknowledged + 1);
		assertThat(rows("select count(*) from customer where email = ?", email)).isOne();
		assertThat(this.rabbit.receive(DEAD_LETTERS, 1000)).isNull();
		assertThat(counted("uq_inbox_message_id", "retry") + counted("uq_inbox_message_id", "dead-letter")).isZero();
		assertThat(output.getAll()).doesNotContain(email);
	}

	@Test
	void anOrderPlacedBeforeItsCustomerRegisteredIsRetriedUntilTheCustomerArrives() {
		String email = unique("late") + "@example.com";
		String orderNumber = unique("W");
		double retried = counted("fk_storefront_order_customer", "retry");
		send("order-placed", orderPlaced(unique("message"), orderNumber, email, "12.50"));
		// The customer registers once the order has failed once and waits for its next delivery.
		await().atMost(TIMEOUT)
			.pollInterval(Duration.ofMillis(10))
			.until(() -> counted("fk_storefront_order_customer", "retry") >= retried + 1);
		send("customer-registered", customerRegistered(unique("message"), email, "Late Comer"));
		await().atMost(TIMEOUT)
			.until(() -> rows("select count(*) from storefront_order where order_number = ?", orderNumber) == 1);
		assertThat(this.rabbit.receive(DEAD_LETTERS, 1000)).isNull();
	}

	@Test
	void anEventMissingAValueIsDeadLetteredAfterOneDeliveryWithTheHeadersAndNoValue(CapturedOutput output) {
		String email = unique("nameless") + "@example.com";
		String event = customerRegistered(unique("message"), email, null);
		send("customer-registered", event);
		Message dead = this.rabbit.receive(DEAD_LETTERS, TIMEOUT.toMillis());
		assertThat(dead).isNotNull();
		assertThat(new String(dead.getBody(), StandardCharsets.UTF_8)).isEqualTo(event);
		Map<String, Object> headers = dead.getMessageProperties().getHeaders();
		assertThat(headers).containsEntry("rootcause-kind", "not-null")
			.containsEntry("rootcause-fields", "name")
			.containsEntry("x-original-exchange", EXCHANGE)
			.containsEntry("x-original-routingKey", "customer-registered");
		leaksNothing(headers, email);
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(output.getAll()).contains("Dead-lettered a message from queue '"
				+ EXCHANGE + ".customer-registered' after 1 delivery, to exchange '" + EXCHANGE + ".dlx'"));
		assertThat(output.getAll()).doesNotContain(email);
		assertThat(rows("select count(*) from customer where email = ?", email)).isZero();
	}

	@Test
	void anOrderWithANegativeTotalIsDeadLetteredAfterOneDeliveryNamingTheCheck(CapturedOutput output) {
		String email = unique("buyer") + "@example.com";
		this.jdbc.update("insert into customer (email, name) values (?, ?)", email, "Buyer");
		String orderNumber = unique("W");
		send("order-placed", orderPlaced(unique("message"), orderNumber, email, "-5.00"));
		Message dead = this.rabbit.receive(DEAD_LETTERS, TIMEOUT.toMillis());
		assertThat(dead).isNotNull();
		Map<String, Object> headers = dead.getMessageProperties().getHeaders();
		assertThat(headers).containsEntry("rootcause-kind", "check")
			.containsEntry("rootcause-constraint", "ck_storefront_order_total")
			.containsEntry("rootcause-fields", "total")
			.containsEntry("x-original-routingKey", "order-placed");
		leaksNothing(headers, email, orderNumber, "-5.00");
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(output.getAll()).contains(
				"Dead-lettered a message from queue '" + EXCHANGE + ".order-placed' after 1 delivery"));
		assertThat(output.getAll()).doesNotContain(email).doesNotContain(orderNumber);
	}

	@Test
	void anEmailRegisteredByAnotherEventIsABusinessDuplicateDeadLetteredWithoutRetry() {
		String email = unique("taken") + "@example.com";
		this.jdbc.update("insert into customer (email, name) values (?, ?)", email, "First");
		double retried = counted("uq_customer_email", "retry");
		send("customer-registered", customerRegistered(unique("message"), email, "Second"));
		Message dead = this.rabbit.receive(DEAD_LETTERS, TIMEOUT.toMillis());
		assertThat(dead).isNotNull();
		assertThat(dead.getMessageProperties().getHeaders()).containsEntry("rootcause-kind", "unique")
			.containsEntry("rootcause-constraint", "uq_customer_email")
			.containsEntry("rootcause-fields", "email");
		leaksNothing(dead.getMessageProperties().getHeaders(), email, "Second");
		assertThat(counted("uq_customer_email", "retry")).isEqualTo(retried);
	}

	@Test
	void theWalkthroughsSectionWithABrokerIsWhatTheSampleAnswers() throws IOException {
		Walkthrough.replayWithABroker(this.http);
	}

	private void send(String event, String json) {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		this.rabbit.send(EXCHANGE, event, new Message(json.getBytes(StandardCharsets.UTF_8), properties));
	}

	private static String customerRegistered(String messageId, String email, String name) {
		return "{\"messageId\":\"" + messageId + "\",\"email\":\"" + email + "\""
				+ ((name != null) ? ",\"name\":\"" + name + "\"" : "") + "}";
	}

	private static String orderPlaced(String messageId, String orderNumber, String email, String total) {
		return "{\"messageId\":\"" + messageId + "\",\"orderNumber\":\"" + orderNumber + "\",\"customerEmail\":\""
				+ email + "\",\"total\":" + total + "}";
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private int rows(String sql, String value) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class, value);
		return (count != null) ? count : 0;
	}

	/** The {@code rootcause.violations} count of a constraint and outcome. */
	private double counted(String constraint, String outcome) {
		return this.meters.find("rootcause.violations")
			.tags("constraint", constraint, "outcome", outcome)
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

	/** No header holds a value, SQL, the database's message or an exception. */
	private static void leaksNothing(Map<String, Object> headers, String... values) {
		String text = headers.toString();
		assertThat(text).doesNotContainIgnoringCase("insert into")
			.doesNotContain("SQL", "Exception", "x-exception-message", "x-exception-stacktrace");
		for (String value : values) {
			assertThat(text).as("the headers hold the value " + value).doesNotContain(value);
		}
	}

	/** Deletes the test run's exchanges and queues when the sample stops (its listeners are stopped first). */
	@TestConfiguration(proxyBeanMethods = false)
	static class DeleteTopology {

		@Bean
		DisposableBean deleteStorefrontTopology(AmqpAdmin admin) {
			return () -> {
				admin.deleteQueue(EXCHANGE + ".customer-registered");
				admin.deleteQueue(EXCHANGE + ".order-placed");
				admin.deleteQueue(DEAD_LETTERS);
				admin.deleteExchange(EXCHANGE);
				admin.deleteExchange(EXCHANGE + ".dlx");
			};
		}

	}

}
