package io.github.rootcause.spring.amqp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.rootcause.spring.metrics.ViolationMetrics;
import io.github.rootcause.testing.RabbitMqBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link RabbitApplication}'s {@code @RabbitListener} methods on a real broker, configured only through properties:
 * the inbox's unique message id acknowledged, a short retry back-off. Each context has exchanges and queues of its
 * own (a random suffix), deleted when it closes. Run on each database by a subclass named for it.
 */
@SpringBootTest(classes = RabbitApplication.class,
		properties = { "spring.sql.init.schema-locations=classpath:messaging/schema.sql",
				"rootcause.constraints.uq_inbox_message_id.on-message=acknowledge",
				"rootcause.messaging.retry.max-attempts=4", "rootcause.messaging.retry.initial-interval=100ms",
				"rootcause.messaging.retry.multiplier=2", "logging.level.io.github.rootcause.spring.amqp=DEBUG" })
@DirtiesContext
@OnRabbitMq
@ExtendWith(OutputCaptureExtension.class)
abstract class RabbitListenerOutcomesScenarios {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@Autowired
	private RabbitTemplate rabbit;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RabbitApplication.Deliveries deliveries;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private org.springframework.core.env.Environment environment;

	@DynamicPropertySource
	static void broker(DynamicPropertyRegistry properties) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		properties.add("spring.rabbitmq.host", RabbitMqBroker::host);
		properties.add("spring.rabbitmq.port", RabbitMqBroker::port);
		properties.add("rootcause.test.rabbit.exchange", () -> "rootcause-test-" + suffix);
		properties.add("rootcause.test.rabbit.dead-letters", () -> "rootcause-test-dlx-" + suffix);
	}

	@Test
	void aDuplicateDeliveryIsAcknowledgedOnceWithoutRetryOrDeadLetter(CapturedOutput output) {
		String messageId = "message-" + UUID.randomUUID();
		double acknowledged = counted("acknowledge");
		send("inbox", messageId);
		send("inbox", messageId);
		await().atMost(TIMEOUT).until(() -> this.deliveries.of(messageId) == 2);
		await().atMost(TIMEOUT).until(() -> counted("acknowledge") == acknowledged + 1);
		assertThat(this.jdbc.queryForObject("select count(*) from inbox where message_id = ?", Integer.class,
				messageId)).isEqualTo(1);
		assertThat(this.rabbit.receive(deadLetters(), 500)).isNull();
		assertThat(this.deliveries.of(messageId)).isEqualTo(2);
		assertThat(output.getAll()).contains("Acknowledged a message from queue '" + queue("inbox") + "': unique");
	}

	@Test
	void aChildEventBeforeItsParentIsRetriedUntilTheParentArrives() {
		int customer = id();
		String order = id() + "," + customer;
		double retried = counted("retry");
		send("orders", order);
		// The parent arrives once the first delivery has failed and is to be retried.
		await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(10)).until(() -> counted("retry") >= retried + 1);
		this.jdbc.update("insert into customer (id, email, name) values (?, ?, ?)", customer,
				"parent-" + customer + "@example.com", "Parent");
		await().atMost(TIMEOUT).until(() -> this.jdbc.queryForObject(
				"select count(*) from purchase_order where customer_id = ?", Integer.class, customer) == 1);
		assertThat(this.deliveries.of(order)).isBetween(2, 4);
		assertThat(this.rabbit.receive(deadLetters(), 500)).isNull();
	}

	@Test
	void aChildEventWhoseParentNeverArrivesIsDeadLetteredAfterTheLastAttempt() {
		String order = id() + "," + id();
		send("orders", order);
		Message dead = this.rabbit.receive(deadLetters(), TIMEOUT.toMillis());
		assertThat(dead).isNotNull();
		assertThat(this.deliveries.of(order)).isEqualTo(4);
		assertThat(dead.getMessageProperties().getHeaders()).containsEntry("rootcause-kind", "foreign-key")
			.containsEntry("rootcause-constraint", "fk_order_customer");
		leaksNothing(dead, List.of(order.split(",")));
	}

	@Test
	void anInvalidEventIsDeadLetteredAfterOneDeliveryWithTheHeadersAndNoValue(CapturedOutput output) {
		String email = "invalid-" + UUID.randomUUID() + "@example.com";
		String body = id() + "," + email + ",";
		double deadLettered = counted("dead-letter");
		send("customers", body);
		Message dead = this.rabbit.receive(deadLetters(), TIMEOUT.toMillis());
		assertThat(dead).isNotNull();
		assertThat(new String(dead.getBody())).isEqualTo(body);
		Map<String, Object> headers = dead.getMessageProperties().getHeaders();
		assertThat(headers).containsEntry("rootcause-kind", "not-null")
			.containsEntry("rootcause-fields", "name")
			.containsEntry("x-original-exchange", this.environment.getProperty("rootcause.test.rabbit.exchange"))
			.containsEntry("x-original-routingKey", "customers");
		leaksNothing(dead, List.of(email));
		assertThat(this.deliveries.of(body)).isEqualTo(1);
		assertThat(counted("dead-letter")).isEqualTo(deadLettered + 1);
		// The line is written once the copy is sent: it may come just after the copy is received.
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(output.getAll())
			.contains("Dead-lettered a message from queue '" + queue("customers") + "' after 1 delivery, to exchange '"
					+ deadLetters() + "': not-null violation"));
		assertThat(output.getAll()).doesNotContain(email);
	}

	@Test
	void aBusinessDuplicateIsDeadLetteredWithoutRetries(CapturedOutput output) {
		String email = "taken-" + UUID.randomUUID() + "@example.com";
		this.jdbc.update("insert into customer (id, email, name) values (?, ?, ?)", id(), email, "First");
		String body = id() + "," + email + ",Second";
		send("customers", body);
		Message dead = this.rabbit.receive(deadLetters(), TIMEOUT.toMillis());
		assertThat(dead).isNotNull();
		assertThat(dead.getMessageProperties().getHeaders()).containsEntry("rootcause-kind", "unique")
			.containsEntry("rootcause-constraint", "uq_customer_email")
			.containsEntry("rootcause-fields", "email");
		leaksNothing(dead, List.of(email, "Second"));
		assertThat(this.deliveries.of(body)).isEqualTo(1);
		assertThat(output.getAll()).doesNotContain(email);
	}

	@Test
	void aBatchThatFailsWithAViolationIsDeadLetteredWholeAfterOneDeliveryNeverAcknowledged(CapturedOutput output) {
		String email = "batch-" + UUID.randomUUID() + "@example.com";
		List<String> bodies = List.of(id() + ",first-" + email + ",First", id() + "," + email + ",",
				id() + ",last-" + email + ",Last");
		bodies.forEach((body) -> send("customer-batches", body));
		List<Message> dead = new ArrayList<>();
		for (int k = 0; k < bodies.size(); k++) {
			Message message = this.rabbit.receive(deadLetters(), TIMEOUT.toMillis());
			assertThat(message).as("dead letter %d of the batch", k + 1).isNotNull();
			dead.add(message);
		}
		assertThat(dead).extracting((message) -> new String(message.getBody(), StandardCharsets.UTF_8))
			.containsExactlyInAnyOrderElementsOf(bodies);
		for (Message message : dead) {
			assertThat(message.getMessageProperties().getHeaders()).containsEntry("rootcause-kind", "not-null")
				.containsEntry("x-original-routingKey", "customer-batches");
			leaksNothing(message, List.of(email));
		}
		bodies.forEach((body) -> assertThat(this.deliveries.of(body)).as(body).isEqualTo(1));
		assertThat(this.jdbc.queryForObject("select count(*) from customer where email like ?", Integer.class,
				"%" + email)).isZero();
		assertThat(output.getAll()).doesNotContain(email).doesNotContain(" ERROR ");
	}

	@Test
	void aFailureThatIsNoViolationIsRequeuedAsWithoutRootCause() {
		String body = "failing-" + UUID.randomUUID();
		send("failing", body);
		await().atMost(TIMEOUT).until(() -> this.deliveries.of(body) >= 3);
		assertThat(this.rabbit.receive(deadLetters(), 500)).isNull();
	}

	private void send(String route, String body) {
		this.rabbit.convertAndSend(this.environment.getProperty("rootcause.test.rabbit.exchange"), route, body);
	}

	private String queue(String route) {
		return this.environment.getProperty("rootcause.test.rabbit.exchange") + "." + route;
	}

	private String deadLetters() {
		return this.environment.getProperty("rootcause.test.rabbit.dead-letters");
	}

	/** The violations counted with an outcome, whatever their kind and constraint. */
	private double counted(String outcome) {
		return Search.in(this.meters)
			.name(ViolationMetrics.METER)
			.tag("outcome", outcome)
			.counters()
			.stream()
			.mapToDouble((counter) -> counter.count())
			.sum();
	}

	/** No header holds a value, SQL, the database's message or an exception. */
	private static void leaksNothing(Message dead, List<String> values) {
		String headers = dead.getMessageProperties().getHeaders().toString();
		assertThat(headers).doesNotContainIgnoringCase("insert into")
			.doesNotContain("SQL", "Exception", "x-exception-message", "x-exception-stacktrace");
		for (String value : values) {
			assertThat(headers).as("the headers hold the value " + value).doesNotContain(value);
		}
	}

	private static int id() {
		return (int) (Math.random() * 1_000_000_000);
	}

}
