package io.github.rootcause.spring.kafka;

import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * A {@link DefaultErrorHandler} with the violations' recoverer, which hands a batch that failed as a whole (no
 * {@link BatchListenerFailedException} names the record) to a handler of its violation, or, for a failure that is no
 * violation, to a plain {@code DefaultErrorHandler}: with no record to blame, one violation must not acknowledge the
 * whole batch. When a batch listener names the record of a violation, Spring Kafka's "Seek to current after
 * exception", which only says that the records after it are delivered again, is logged at DEBUG, not ERROR: its
 * stack trace holds the database's message and the SQL, and the recoverer has named the violation.
 */
final class ViolationErrorHandler extends DefaultErrorHandler {

	private final Predicate<Exception> violation;

	private final Function<Exception, @Nullable CommonErrorHandler> violationBatches;

	private final DefaultErrorHandler otherBatches;

	/**
	 * Creates the handler.
	 * @param recoverer the recoverer of a failed record
	 * @param violation whether a failure is a constraint violation
	 * @param violationBatches the handler of a batch that failed as a whole with a violation, by its failure;
	 * {@code null} for a failure that is no violation
	 * @param otherBatches the handler of a batch that failed as a whole for anything else
	 */
	ViolationErrorHandler(ConsumerRecordRecoverer recoverer, Predicate<Exception> violation,
			Function<Exception, @Nullable CommonErrorHandler> violationBatches, DefaultErrorHandler otherBatches) {
		super(recoverer);
		this.violation = violation;
		this.violationBatches = violationBatches;
		this.otherBatches = otherBatches;
	}

	@Override
	public void handleBatch(Exception thrownException, ConsumerRecords<?, ?> data, Consumer<?, ?> consumer,
			MessageListenerContainer container, Runnable invokeListener) {
		if (namesRecord(thrownException)) {
			try {
				super.handleBatch(thrownException, data, consumer, container, invokeListener);
			}
			catch (KafkaException ex) {
				throw quiet(ex, thrownException);
			}
		}
		else {
			wholeBatches(thrownException).handleBatch(thrownException, data, consumer, container, invokeListener);
		}
	}

	@Override
	public <K, V> ConsumerRecords<K, V> handleBatchAndReturnRemaining(Exception thrownException,
			ConsumerRecords<?, ?> data, Consumer<?, ?> consumer, MessageListenerContainer container,
			Runnable invokeListener) {
		if (namesRecord(thrownException)) {
			try {
				return super.handleBatchAndReturnRemaining(thrownException, data, consumer, container,
						invokeListener);
			}
			catch (KafkaException ex) {
				throw quiet(ex, thrownException);
			}
		}
		return wholeBatches(thrownException).handleBatchAndReturnRemaining(thrownException, data, consumer, container,
				invokeListener);
	}

	/** The exception of a seek after a violation, to log at DEBUG; any other as it is. */
	private KafkaException quiet(KafkaException thrown, Exception failure) {
		if (thrown.getCause() != failure || !this.violation.test(failure)) {
			return thrown;
		}
		KafkaException quiet = new KafkaException(String.valueOf(thrown.getMessage()), KafkaException.Level.DEBUG,
				failure);
		quiet.setStackTrace(thrown.getStackTrace());
		return quiet;
	}

	private CommonErrorHandler wholeBatches(Exception thrown) {
		CommonErrorHandler handler = this.violationBatches.apply(thrown);
		return (handler != null) ? handler : this.otherBatches;
	}

	private static boolean namesRecord(Throwable thrown) {
		Throwable current = thrown;
		for (int depth = 0; current != null && depth < 64; depth++) {
			if (current instanceof BatchListenerFailedException) {
				return true;
			}
			current = current.getCause();
		}
		return false;
	}

}
