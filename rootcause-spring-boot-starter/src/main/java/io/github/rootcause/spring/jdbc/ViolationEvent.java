package io.github.rootcause.spring.jdbc;

import java.util.Objects;
import java.util.OptionalInt;

import io.github.rootcause.Cause;

/**
 * What became of a constraint violation, published as an application event: the HTTP status the web layer answered
 * it with (rootcause's problem, an annotated handler, or the application's own data access handler), or none, when
 * the {@link ViolationGuard} recovered from it and the application went on. rootcause's metrics count these; an
 * {@code @EventListener} of the application can watch them too.
 *
 * @param cause the violation
 * @param status the status answered, or empty when nothing answered it
 */
public record ViolationEvent(Cause cause, OptionalInt status) {

	/**
	 * Creates the event.
	 * @param cause the violation
	 * @param status the status answered, or empty when nothing answered it
	 */
	public ViolationEvent {
		Objects.requireNonNull(cause, "cause");
		Objects.requireNonNull(status, "status");
	}

}
