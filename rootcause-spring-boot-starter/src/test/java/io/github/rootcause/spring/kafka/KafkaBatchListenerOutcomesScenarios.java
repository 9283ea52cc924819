package io.github.rootcause.spring.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * The outcomes of violations in {@code @KafkaListener} batch listeners: a batch that fails as a whole with a
 * violation is never acknowledged (which record failed is not known), so each of its records is written or
 * dead-lettered, none lost; a batch holding a child before its parent is delivered again until the parent arrives;
 * and a listener that names the failed record with a {@code BatchListenerFailedException} dead-letters that record
 * alone. One embedded broker per test class; run on each database by a subclass named for it.
 */
@SpringBootTest(classes = KafkaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.sql.init.schema-locations=classpath:messaging/schema.sql",
				"spring.kafka.consumer.auto-offset-reset=earliest",
				"rootcause.messaging.retry.max-attempts=30", "rootcause.messaging.retry.initial-interval=100ms",
				"rootcause.messaging.retry.max-interval=200ms" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
		topics = { KafkaApplication.CUSTOMERS, KafkaApplication.CUSTOMER_BATCHES, KafkaApplication.ORDER_BATCHES,
				KafkaApplication.NAMED_BATCHES, "customer-batches-dlt", "order-batches-dlt", "named-batches-dlt" })
@ExtendWith(OutputCaptureExtension.class)
abstract class KafkaBatchListenerOutcomesScenarios {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

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
	void aBatchThatFailsAsAWholeWithAViolationLosesNoRecordAndDeadLettersTheInvalidOneAfterOneDelivery(
			CapturedOutput output) throws Exception {
		int first = ids.incrementAndGet();
		int nameless = ids.incrementAndGet();
		int last = ids.incrementAndGet();
		String email = "nameless" + nameless + "@example.com";
		List<String> events = List.of(first + "|first" + first + "@example.com|First", nameless + "|" + email + "|",
				last + "|last" + last + "@example.com|Last");
		double deadLettered = count("not-null", "dead-letter");
		for (String event : events) {
			this.kafka.send(KafkaApplication.CUSTOMER_BATCHES, event);
		}
		this.kafka.flush();
		ConsumerRecord<String, String> deadLetter = awaitDeadLetter(events.get(1));
		await().atMost(TIMEOUT)
			.until(() -> Stream.of(first, last).allMatch((id) -> written(id) || !deadLetters(events, id).isEmpty()));
		assertThat(this.listeners.deliveries(events.get(1))).as("not retried").isEqualTo(1);
		assertThat(rows("customer where id = ?", nameless)).isZero();
		for (int id : List.of(first, last)) {
			assertThat(written(id) ^ deadLetters(events, id).size() == 1).as("customer %d written or dead-lettered", id)
				.isTrue();
		}
		Map<String, String> headers = KafkaListenerOutcomesScenarios.headers(deadLetter);
		assertThat(headers).containsEntry("rootcause-kind", "not-null");
		assertThat(headers.get("rootcause-fields")).isEqualToIgnoringCase("name");
		assertThat(headers).doesNotContainKeys("kafka_dlt-exception-message", "kafka_dlt-exception-stacktrace");
		KafkaListenerOutcomesScenarios.leaksNothing(headers, email);
		await().atMost(TIMEOUT).until(() -> count("not-null", "dead-letter") == deadLettered + 1);
		logHoldsNoFailure(output, email);
	}

	@Test
	void aBatchHoldingAChildBeforeItsParentIsDeliveredAgainUntilTheParentArrives(CapturedOutput output)
			throws Exception {
		int customer = ids.incrementAndGet();
		int orphan = ids.incrementAndGet();
		int sibling = ids.incrementAndGet();
		int existing = ids.incrementAndGet();
		this.jdbc.update("insert into customer (id, email, name) values (?, ?, ?)", existing,
				"existing" + existing + "@example.com", "Existing");
		double retried = count("foreign-key", "retry");
		this.kafka.send(KafkaApplication.ORDER_BATCHES, orphan + "|" + customer);
		this.kafka.send(KafkaApplication.ORDER_BATCHES, sibling + "|" + existing);
		this.kafka.flush();
		await().atMost(TIMEOUT).until(() -> this.listeners.deliveries(orphan + "|" + customer) >= 2);
		this.kafka.send(KafkaApplication.CUSTOMERS, customer + "|parent" + customer + "@example.com|Parent").get();
		await().atMost(TIMEOUT).until(() -> rows("purchase_order where id = ?", orphan) == 1);
		await().atMost(TIMEOUT).until(() -> rows("purchase_order where id = ?", sibling) == 1);
		assertThat(count("foreign-key", "retry") - retried).isGreaterThanOrEqualTo(1);
		assertThat(this.listeners.deadLetters).noneMatch((record) -> record.topic().equals("order-batches-dlt"));
		logHoldsNoFailure(output, "parent" + customer + "@example.com");
	}

	@Test
	void aBatchListenerThatNamesTheFailedRecordDeadLettersThatRecordAloneAndWritesTheOthers(CapturedOutput output)
			throws Exception {
		int first = ids.incrementAndGet();
		int nameless = ids.incrementAndGet();
		int last = ids.incrementAndGet();
		String email = "nameless" + nameless + "@example.com";
		List<String> events = List.of(first + "|first" + first + "@example.com|First", nameless + "|" + email + "|",
				last + "|last" + last + "@example.com|Last");
		for (String event : events) {
			this.kafka.send(KafkaApplication.NAMED_BATCHES, event);
		}
		this.kafka.flush();
		ConsumerRecord<String, String> deadLetter = awaitDeadLetter(events.get(1));
		await().atMost(TIMEOUT).until(() -> written(first) && written(last));
		assertThat(deadLetter.topic()).isEqualTo("named-batches-dlt");
		assertThat(this.listeners.deliveries(events.get(1))).isEqualTo(1);
		assertThat(this.listeners.deliveries(events.get(0))).isEqualTo(1);
		assertThat(deadLetters(events, first)).isEmpty();
		assertThat(deadLetters(events, last)).isEmpty();
		KafkaListenerOutcomesScenarios.leaksNothing(KafkaListenerOutcomesScenarios.headers(deadLetter), email);
		logHoldsNoFailure(output, email);
	}

	private boolean written(int customer) {
		return rows("customer where id = ?", customer) == 1;
	}

	private int rows(String tableAndCondition, Object argument) {
		Integer count = this.jdbc.queryForObject("select count(*) from " + tableAndCondition, Integer.class, argument);
		return (count != null) ? count : 0;
	}

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

	/** The dead letters of the event of a customer id. */
	private List<ConsumerRecord<String, String>> deadLetters(List<String> events, int customer) {
		return events.stream().filter((event) -> event.startsWith(customer + "|")).flatMap((event) -> deadLetters(event).stream()).toList();
	}

	private ConsumerRecord<String, String> awaitDeadLetter(String value) {
		await().atMost(TIMEOUT).until(() -> deadLetters(value).size() == 1);
		return deadLetters(value).get(0);
	}

	private void logHoldsNoFailure(CapturedOutput output, String value) {
		String log = output.getAll().substring(this.logStart);
		assertThat(Stream.of(log.split("\\R")).filter((line) -> line.contains(" ERROR ")).toList()).isEmpty();
		assertThat(log).doesNotContain(value);
	}

}
