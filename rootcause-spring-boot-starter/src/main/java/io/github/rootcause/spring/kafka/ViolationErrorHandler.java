package io.github.rootcause.spring.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * A {@link DefaultErrorHandler} with the violations' recoverer, which hands a batch that failed as a whole (no
 * {@link BatchListenerFailedException} names the record) to a plain {@code DefaultErrorHandler}: with no record to
 * blame, one violation must not acknowledge or dead-letter the whole batch.
 */
final class ViolationErrorHandler extends DefaultErrorHandler {

	private final DefaultErrorHandler wholeBatches;

	ViolationErrorHandler(ConsumerRecordRecoverer recoverer, DefaultErrorHandler wholeBatches) {
		super(recoverer);
		this.wholeBatches = wholeBatches;
	}

	@Override
	public void handleBatch(Exception thrownException, ConsumerRecords<?, ?> data, Consumer<?, ?> consumer,
			MessageListenerContainer container, Runnable invokeListener) {
		if (namesRecord(thrownException)) {
			super.handleBatch(thrownException, data, consumer, container, invokeListener);
		}
		else {
			this.wholeBatches.handleBatch(thrownException, data, consumer, container, invokeListener);
		}
	}

	@Override
	public <K, V> ConsumerRecords<K, V> handleBatchAndReturnRemaining(Exception thrownException,
			ConsumerRecords<?, ?> data, Consumer<?, ?> consumer, MessageListenerContainer container,
			Runnable invokeListener) {
		if (namesRecord(thrownException)) {
			return super.handleBatchAndReturnRemaining(thrownException, data, consumer, container, invokeListener);
		}
		return this.wholeBatches.handleBatchAndReturnRemaining(thrownException, data, consumer, container,
				invokeListener);
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
