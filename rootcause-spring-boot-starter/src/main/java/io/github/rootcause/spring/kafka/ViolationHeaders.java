package io.github.rootcause.spring.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;

import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;

import io.github.rootcause.spring.messaging.MessageViolation;
import io.github.rootcause.spring.messaging.ViolationOutcomes;

/**
 * The exception headers of a dead-lettered record whose failure is a violation: rootcause's
 * ({@code rootcause-kind}, {@code rootcause-constraint}, {@code rootcause-fields}) and the class names of the
 * exception and its cause, instead of Spring Kafka's exception message and stack trace, which hold the SQL and the
 * row's values.
 */
final class ViolationHeaders implements DeadLetterPublishingRecoverer.ExceptionHeadersCreator {

	private final ViolationOutcomes outcomes;

	ViolationHeaders(ViolationOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public void create(Headers headers, Exception exception, boolean isKey, HeaderNames names) {
		if (isKey) {
			return;
		}
		HeaderNames.ExceptionInfo info = names.getExceptionInfo();
		headers.add(info.getExceptionFqcn(), bytes(exception.getClass().getName()));
		Throwable cause = exception.getCause();
		if (cause != null) {
			headers.add(info.getExceptionCauseFqcn(), bytes(cause.getClass().getName()));
		}
		this.outcomes.decide(exception)
			.map(MessageViolation::headers)
			.ifPresent((violation) -> violation.forEach((name, value) -> headers.add(name, bytes(value))));
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
