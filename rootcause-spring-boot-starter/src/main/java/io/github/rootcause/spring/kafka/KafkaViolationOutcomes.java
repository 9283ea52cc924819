package io.github.rootcause.spring.kafka;

import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

import io.github.rootcause.spring.jdbc.ViolationEvent;
import io.github.rootcause.spring.messaging.MessageOutcome;
import io.github.rootcause.spring.messaging.MessageViolation;
import io.github.rootcause.spring.messaging.RetrySettings;
import io.github.rootcause.spring.messaging.ViolationOutcomes;

/**
 * The outcomes of {@link ViolationOutcomes} as Spring Kafka's error handling applies them to a record whose listener
 * threw a constraint violation:
 * <ul>
 * <li>{@code acknowledge}: not retried, not dead-lettered; the offset is committed and a DEBUG line names the
 * violation;</li>
 * <li>{@code retry}: delivered again after the {@link RetrySettings} back-off, at most
 * {@link RetrySettings#maxAttempts()} times in all, then dead-lettered;</li>
 * <li>{@code dead-letter}: not retried; published to the dead-letter topic ({@code <topic>-dlt}, same partition)
 * with the headers {@code rootcause-kind}, {@code rootcause-constraint}, {@code rootcause-fields} and the exception's
 * class names, never its message or stack trace (which hold the SQL and the row's values).</li>
 * </ul>
 * A failure that is no violation gets no back-off and no recoverer from here: {@link #backOff()} answers
 * {@code null} (the handler's own back-off) and {@link #recoverer(ConsumerRecordRecoverer)} hands it to the
 * recoverer given. Each outcome is published as a {@link ViolationEvent} ({@code acknowledge}, {@code retry} per
 * delivery that will be retried, {@code dead-letter}), which rootcause's metrics count.
 * <p>
 * {@link #errorHandler()} is the handler rootcause's auto-configuration gives Spring Boot's listener container
 * factory. An application with an error handler of its own keeps it, and can add the outcomes to it:
 * <pre class="code">
 * DefaultErrorHandler handler = new DefaultErrorHandler(outcomes.recoverer(myRecoverer), myBackOff);
 * handler.setBackOffFunction(outcomes.backOff());
 * </pre>
 */
public final class KafkaViolationOutcomes {

	private static final Log logger = LogFactory.getLog(KafkaViolationOutcomes.class);

	/**
	 * What {@code DefaultErrorHandler} does by default with a record whose back-off is exhausted: logs it. A failure
	 * of the database (an {@code SQLException} in its chain) is named by its classes and SQLState only, as its
	 * message may hold the SQL and the row's values; any other failure is logged whole, as Spring Kafka logs it.
	 */
	private static final ConsumerRecordRecoverer LOGGED = (record, ex) -> {
		String line = "Backoff " + new FixedBackOff(0, 9) + " exhausted for " + coordinates(record);
		SQLException database = sqlException(ex);
		if (database == null) {
			logger.error(line, ex);
		}
		else {
			logger.error(line + ": " + ex.getClass().getName() + " caused by " + database.getClass().getName()
					+ ", SQLState " + database.getSQLState());
		}
	};

	private final ViolationOutcomes outcomes;

	private final RetrySettings retry;

	private final @Nullable ConsumerRecordRecoverer deadLetters;

	private final ApplicationEventPublisher events;

	/**
	 * Creates the outcomes.
	 * @param outcomes the decision
	 * @param retry how a violation whose outcome is retry is retried
	 * @param deadLetters where dead-lettered records go, see {@link #deadLetterTopic(KafkaOperations,
	 * ViolationOutcomes)}; {@code null} to log them at WARN (names only) and drop them
	 * @param events where each outcome is published as a {@link ViolationEvent}
	 */
	public KafkaViolationOutcomes(ViolationOutcomes outcomes, RetrySettings retry,
			@Nullable ConsumerRecordRecoverer deadLetters, ApplicationEventPublisher events) {
		this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
		this.retry = Objects.requireNonNull(retry, "retry");
		this.deadLetters = deadLetters;
		this.events = Objects.requireNonNull(events, "events");
	}

	/**
	 * A {@link DeadLetterPublishingRecoverer} whose records carry rootcause's headers instead of the exception's
	 * message and stack trace. Its template's serializers must accept the records' keys and values.
	 * @param template the template that publishes
	 * @param outcomes the decision, which names the violation
	 * @return the recoverer
	 */
	public static DeadLetterPublishingRecoverer deadLetterTopic(KafkaOperations<?, ?> template,
			ViolationOutcomes outcomes) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template);
		recoverer.setExceptionHeadersCreator(new ViolationHeaders(outcomes));
		return recoverer;
	}

	/**
	 * The back-off of a failed record: for a violation to retry, the {@link RetrySettings} back-off; for another
	 * violation, none (it is recovered at once); for any other failure, {@code null}: the handler's own back-off.
	 * @return the function for {@code DefaultErrorHandler#setBackOffFunction}
	 */
	public BiFunction<ConsumerRecord<?, ?>, Exception, @Nullable BackOff> backOff() {
		return (record, exception) -> this.outcomes.decide(exception).map(this::backOff).orElse(null);
	}

	private BackOff backOff(MessageViolation violation) {
		if (violation.outcome() != MessageOutcome.RETRY) {
			return new FixedBackOff(0, 0);
		}
		return new ViolationBackOff(this.retry, () -> {
			logger.debug(violation.describe() + ", delivered again");
			publish(violation, MessageOutcome.RETRY);
		});
	}

	/**
	 * The recoverer of a record whose back-off is exhausted, or that is not retried: a violation is acknowledged
	 * or dead-lettered; any other failure goes to {@code otherwise}.
	 * @param otherwise the recoverer of failures that are no violation
	 * @return the recoverer
	 */
	public ConsumerRecordRecoverer recoverer(ConsumerRecordRecoverer otherwise) {
		Objects.requireNonNull(otherwise, "otherwise");
		return (record, exception) -> {
			Optional<MessageViolation> violation = this.outcomes.decide(exception);
			if (violation.isEmpty()) {
				otherwise.accept(record, exception);
			}
			else if (violation.get().outcome() == MessageOutcome.ACKNOWLEDGE) {
				logger.debug(violation.get().describe() + ": " + coordinates(record) + " consumed");
				publish(violation.get(), MessageOutcome.ACKNOWLEDGE);
			}
			else {
				deadLetter(record, exception, violation.get());
				publish(violation.get(), MessageOutcome.DEAD_LETTER);
			}
		};
	}

	/**
	 * The handler of a batch that failed as a whole, with no {@code BatchListenerFailedException} to name the record:
	 * for a violation, the whole batch is delivered again after the {@link RetrySettings} back-off when its outcome is
	 * {@code retry}, then every record of it is dead-lettered, with a single {@link ViolationEvent}. Never
	 * acknowledged: which record failed is not known, and the writes of the others were rolled back with it, or
	 * were never made.
	 * @param thrown the failure of the batch
	 * @return the handler, or {@code null} for a failure that is no violation
	 */
	@Nullable CommonErrorHandler wholeBatch(Exception thrown) {
		return this.outcomes.decide(thrown).map(this::wholeBatchOf).orElse(null);
	}

	private CommonErrorHandler wholeBatchOf(MessageViolation violation) {
		AtomicBoolean published = new AtomicBoolean();
		ConsumerRecordRecoverer recoverer = (record, exception) -> {
			MessageViolation last = this.outcomes.decide(exception).orElse(null);
			if (last == null) {
				LOGGED.accept(record, exception);
				return;
			}
			deadLetter(record, exception, last);
			if (!published.getAndSet(true)) {
				publish(last, MessageOutcome.DEAD_LETTER);
			}
		};
		return new DefaultErrorHandler(recoverer, backOff(violation));
	}

	private void deadLetter(ConsumerRecord<?, ?> record, Exception exception, MessageViolation violation) {
		if (this.deadLetters == null) {
			logger.warn(violation.describe() + ": " + coordinates(record)
					+ " dropped, no KafkaTemplate to publish it to the dead-letter topic");
		}
		else {
			logger.info(violation.describe() + ": " + coordinates(record) + " published to the dead-letter topic");
			this.deadLetters.accept(record, exception);
		}
	}

	/**
	 * The error handler for listener containers: Spring Kafka's {@link DefaultErrorHandler} as it is by default
	 * (ten deliveries in all without waiting, then the record logged and skipped), with the violations' back-off and
	 * recoverer. A batch listener's violation gets its outcome for the record that a
	 * {@code BatchListenerFailedException} names. A batch that failed as a whole with a violation is delivered again
	 * while its outcome is {@code retry}, then all its records are dead-lettered (never acknowledged: which one
	 * failed is not known); any other failure of a batch is handled as {@code DefaultErrorHandler} handles it by
	 * default, its records logged by their classes and SQLState as above.
	 * @return the handler
	 */
	public CommonErrorHandler errorHandler() {
		DefaultErrorHandler handler = new ViolationErrorHandler(recoverer(LOGGED),
				(failure) -> this.outcomes.decide(failure).isPresent(), this::wholeBatch,
				new DefaultErrorHandler(LOGGED));
		handler.setBackOffFunction(backOff());
		return handler;
	}

	private void publish(MessageViolation violation, MessageOutcome outcome) {
		this.events.publishEvent(ViolationEvent.outsideHttp(violation.cause(), outcome.tag()));
	}

	static String coordinates(ConsumerRecord<?, ?> record) {
		return record.topic() + "-" + record.partition() + "@" + record.offset();
	}

	@Override
	public String toString() {
		return "KafkaViolationOutcomes[" + this.outcomes + ", retry " + this.retry + "]";
	}

	/** The first {@code SQLException} of a chain, at most 64 deep, or {@code null}. */
	private static @Nullable SQLException sqlException(Throwable failure) {
		Throwable current = failure;
		for (int depth = 0; current != null && depth < 64; depth++) {
			if (current instanceof SQLException sql) {
				return sql;
			}
			current = current.getCause();
		}
		return null;
	}

}
