package io.github.rootcause.spring.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;

import io.github.rootcause.spring.metrics.ViolationMetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outcomes of violations in {@code @KafkaListener} record listeners, configured with properties only: a duplicate
 * delivery acknowledged, a child event before its parent retried until the parent arrives, an invalid event and a
 * business duplicate dead-lettered at once with rootcause's headers and no value, and a failure that is no violation
 * handled as Spring Kafka does by default. One embedded broker per test class; run on each database by a subclass
 * named for it.
 */
@SpringBootTest(classes = KafkaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.sql.init.schema-locations=classpath:messaging/schema.sql",
				"spring.kafka.consumer.auto-offset-reset=earliest",
				"rootcause.constraints.uq_inbox_message_id.on-message=acknowledge",
				"rootcause.messaging.retry.max-attempts=30", "rootcause.messaging.retry.initial-interval=100ms",
				"rootcause.messaging.retry.max-interval=200ms" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
		topics = { KafkaApplication.INBOX, KafkaApplication.CUSTOMERS, KafkaApplication.ORDERS,
				KafkaApplication.FAILING, "inbox-dlt", "customers-dlt", "orders-dlt", "failing-dlt" })
@ExtendWith(OutputCaptureExtension.class)
abstract class KafkaListenerOutcomesScenarios {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** Makes the values of each test its own: the broker and the database live as long as the test class. */
	private static final AtomicInteger ids = new AtomicInteger(100);

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Autowired
	private KafkaApplication.Listeners listeners;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MeterRegistry meters;

	private int logStart;

	@BeforeEach
	void markLog(CapturedOutput output) {
		this.logStart = output.getAll().length();
	}

	@Test
	void aDuplicateDeliveryIsAcknowledgedOnceConsumedAndNeitherRetriedNorDeadLettered(CapturedOutput output)
			throws Exception {
		String messageId = "message-" + ids.incrementAndGet();
		double acknowledged = count("unique", "acknowledge");
		send(KafkaApplication.INBOX, messageId);
		await().atMost(TIMEOUT).until(() -> rows("inbox where message_id = ?", messageId) == 1);
		send(KafkaApplication.INBOX, messageId);
		await().atMost(TIMEOUT).until(() -> count("unique", "acknowledge") == acknowledged + 1);
		assertThat(this.listeners.deliveries(messageId)).as("each of the two records delivered once").isEqualTo(2);
		assertThat(rows("inbox where message_id = ?", messageId)).isEqualTo(1);
		assertThat(deadLetters(messageId)).isEmpty();
		logHoldsNoFailure(output, messageId);
	}

	@Test
	void aChildBeforeItsParentIsRetriedUntilTheParentArrives(CapturedOutput output) throws Exception {
		int customer = ids.incrementAndGet();
		int order = ids.incrementAndGet();
		String orderEvent = order + "|" + customer;
		double retried = count("foreign-key", "retry");
		send(KafkaApplication.ORDERS, orderEvent);
		await().atMost(TIMEOUT).until(() -> this.listeners.deliveries(orderEvent) >= 1);
		send(KafkaApplication.CUSTOMERS, customer + "|parent" + customer + "@example.com|Parent");
		await().atMost(TIMEOUT).until(() -> rows("purchase_order where id = ?", order) == 1);
		assertThat(this.listeners.deliveries(orderEvent)).isGreaterThan(1);
		assertThat(count("foreign-key", "retry") - retried).isGreaterThanOrEqualTo(1);
		assertThat(count("foreign-key", "dead-letter")).isZero();
		assertThat(deadLetters(orderEvent)).isEmpty();
	}

	@Test
	void anInvalidEventIsDeadLetteredAfterOneDeliveryWithRootcauseHeadersAndNoValue(CapturedOutput output)
			throws Exception {
		int customer = ids.incrementAndGet();
		String email = "nameless" + customer + "@example.com";
		String event = customer + "|" + email + "|";
		double deadLettered = count("not-null", "dead-letter");
		send(KafkaApplication.CUSTOMERS, event);
		ConsumerRecord<String, String> deadLetter = awaitDeadLetter(event);
		assertThat(deadLetter.topic()).isEqualTo("customers-dlt");
		assertThat(this.listeners.deliveries(event)).isEqualTo(1);
		Map<String, String> headers = headers(deadLetter);
		// Over plain JDBC the fields are the columns, as the database names them (H2: in upper case); a not-null
		// column has no constraint name, and so no rootcause-constraint header.
		assertThat(headers).containsEntry("rootcause-kind", "not-null").doesNotContainKey("rootcause-constraint");
		assertThat(headers.get("rootcause-fields")).isEqualToIgnoringCase("name");
		assertThat(headers).doesNotContainKeys("kafka_dlt-exception-message", "kafka_dlt-exception-stacktrace");
		leaksNothing(headers, email);
		assertThat(count("not-null", "dead-letter")).isEqualTo(deadLettered + 1);
		logHoldsNoFailure(output, email);
	}

	@Test
	void aBusinessDuplicateIsDeadLetteredWithoutRetries(CapturedOutput output) throws Exception {
		int first = ids.incrementAndGet();
		int second = ids.incrementAndGet();
		String email = "taken" + first + "@example.com";
		send(KafkaApplication.CUSTOMERS, first + "|" + email + "|First");
		await().atMost(TIMEOUT).until(() -> rows("customer where id = ?", first) == 1);
		String duplicate = second + "|" + email + "|Second";
		send(KafkaApplication.CUSTOMERS, duplicate);
		ConsumerRecord<String, String> deadLetter = awaitDeadLetter(duplicate);
		assertThat(this.listeners.deliveries(duplicate)).isEqualTo(1);
		Map<String, String> headers = headers(deadLetter);
		assertThat(headers).containsEntry("rootcause-kind", "unique");
		assertThat(headers.get("rootcause-fields")).isEqualToIgnoringCase("email");
		assertThat(headers.get("rootcause-constraint")).isEqualToIgnoringCase("uq_customer_email");
		leaksNothing(headers, email);
		assertThat(rows("customer where id = ?", second)).isZero();
		logHoldsNoFailure(output, email);
	}

	@Test
	void aFailureThatIsNoViolationIsHandledAsSpringKafkaDoesByDefault() throws Exception {
		String value = "failing-" + ids.incrementAndGet();
		send(KafkaApplication.FAILING, value);
		await().atMost(TIMEOUT).until(() -> this.listeners.deliveries(value) >= 10);
		// Spring Kafka's DefaultErrorHandler: ten deliveries in all, then the record is logged and skipped.
		Thread.sleep(1000);
		assertThat(this.listeners.deliveries(value)).isEqualTo(10);
		assertThat(deadLetters(value)).isEmpty();
	}

	private void send(String topic, String value) throws Exception {
		this.kafka.send(topic, value).get();
	}

	private int rows(String tableAndCondition, Object argument) {
		Integer count = this.jdbc.queryForObject("select count(*) from " + tableAndCondition, Integer.class, argument);
		return (count != null) ? count : 0;
	}

	/** The {@value ViolationMetrics#METER} count of a kind and outcome, over every constraint and table. */
	private double count(String kind, String outcome) {
		return this.meters.find(ViolationMetrics.METER)
			.tags("kind", kind, "outcome", outcome)
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

	private List<ConsumerRecord<String, String>> deadLetters(String value) {
		return this.listeners.deadLetters.stream().filter((record) -> value.equals(record.value())).toList();
	}

	private ConsumerRecord<String, String> awaitDeadLetter(String value) {
		await().atMost(TIMEOUT).until(() -> deadLetters(value).size() == 1);
		return deadLetters(value).get(0);
	}

	static Map<String, String> headers(ConsumerRecord<String, String> record) {
		return StreamSupport.stream(record.headers().spliterator(), false)
			.collect(java.util.stream.Collectors.toMap(Header::key,
					(header) -> new String(header.value(), StandardCharsets.UTF_8), (first, last) -> last));
	}

	/** No header holds a value written, SQL, or a stack trace. */
	static void leaksNothing(Map<String, String> headers, String value) {
		headers.forEach((name, text) -> assertThat(text).as(name)
			.doesNotContain(value)
			.doesNotContainIgnoringCase("insert into")
			.doesNotContainIgnoringCase("SQL")
			.doesNotContain("\tat "));
	}

	/** The test's log holds no ERROR and no value written. */
	private void logHoldsNoFailure(CapturedOutput output, String value) {
		String log = output.getAll().substring(this.logStart);
		assertThat(Stream.of(log.split("\\R")).filter((line) -> line.contains(" ERROR ")).toList()).isEmpty();
		assertThat(log).doesNotContain(value);
	}

}
