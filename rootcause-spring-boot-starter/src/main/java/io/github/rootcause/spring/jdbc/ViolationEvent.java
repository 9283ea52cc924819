package io.github.rootcause.spring.jdbc;

import java.util.Objects;
import java.util.OptionalInt;

import io.github.rootcause.Cause;

/**
 * What became of a constraint violation, published as an application event: the HTTP status the web layer answered
 * it with (rootcause's problem, an annotated handler, or the application's own data access handler); none, when
 * the {@link ViolationGuard} recovered from it and the application went on; or, outside HTTP, what became of the
 * message or batch item ({@code acknowledge}, {@code retry}, {@code dead-letter}, {@code skip}). rootcause's metrics
 * count these, tagged with {@link #outcome()}; an {@code @EventListener} of the application can watch them too.
 *
 * @param cause the violation
 * @param status the status answered, or empty when no HTTP answer was given
 * @param outcome the status as text, {@code unanswered}, or the outcome of a message or batch item
 */
public record ViolationEvent(Cause cause, OptionalInt status, String outcome) {

	/**
	 * Creates the event.
	 * @param cause the violation
	 * @param status the status answered, or empty when no HTTP answer was given
	 * @param outcome the status as text, {@code unanswered}, or the outcome of a message or batch item
	 */
	public ViolationEvent {
		Objects.requireNonNull(cause, "cause");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(outcome, "outcome");
	}

	/**
	 * The event of a violation answered over HTTP, or recovered from (no status).
	 * @param cause the violation
	 * @param status the status answered, or empty when nothing answered it
	 */
	public ViolationEvent(Cause cause, OptionalInt status) {
		this(cause, status, status.isPresent() ? Integer.toString(status.getAsInt()) : "unanswered");
	}

	/**
	 * The event of a violation met outside HTTP: by a message listener or a batch job.
	 * @param cause the violation
	 * @param outcome what became of the message or item: {@code acknowledge}, {@code retry}, {@code dead-letter},
	 * {@code skip}
	 * @return the event
	 */
	public static ViolationEvent outsideHttp(Cause cause, String outcome) {
		return new ViolationEvent(cause, OptionalInt.empty(), outcome);
	}

}
