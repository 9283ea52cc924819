package io.github.rootcause.spring.amqp;

import java.util.Objects;

import org.springframework.amqp.AmqpRejectAndDontRequeueException;

import io.github.rootcause.spring.messaging.MessageViolation;

/**
 * A violation that rootcause dead-letters, in the place of the exception the listener threw: its message is
 * {@link MessageViolation#describe()} (kind, constraint, table, never a value), it has no cause and no stack trace.
 * The application's own {@code MessageRecoverer} receives it for each dead-lettered violation; the container (and
 * its error handler) receives it when no dead-letter exchange is known, and rejects the message without requeueing
 * it, so that the broker dead-letters it (by a policy) or drops it.
 */
public final class DeadLetteredViolationException extends AmqpRejectAndDontRequeueException {

	private static final long serialVersionUID = 1L;

	private final transient MessageViolation violation;

	/**
	 * Creates the exception.
	 * @param violation the violation dead-lettered
	 */
	public DeadLetteredViolationException(MessageViolation violation) {
		super(Objects.requireNonNull(violation, "violation").describe());
		this.violation = violation;
	}

	/**
	 * The violation dead-lettered.
	 * @return the violation and its outcome
	 */
	public MessageViolation violation() {
		return this.violation;
	}

	/** No stack trace: the republished headers and the log name the violation, not where it was settled. */
	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
