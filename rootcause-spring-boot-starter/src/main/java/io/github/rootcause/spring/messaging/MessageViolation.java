package io.github.rootcause.spring.messaging;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.github.rootcause.Cause;

/**
 * A violation met while processing a message, and the outcome decided for it.
 *
 * @param cause the violation
 * @param outcome what becomes of the message
 */
public record MessageViolation(Cause cause, MessageOutcome outcome) {

	/** The header naming the kind: {@code unique}, {@code not-null}, {@code check}, {@code foreign-key}, ... */
	public static final String KIND_HEADER = "rootcause-kind";

	/** The header naming the violated constraint, when the database or the catalog named it. */
	public static final String CONSTRAINT_HEADER = "rootcause-constraint";

	/** The header naming the entity fields (else the columns), comma-separated, when known. */
	public static final String FIELDS_HEADER = "rootcause-fields";

	/**
	 * Creates the decided violation.
	 * @param cause the violation
	 * @param outcome what becomes of the message
	 */
	public MessageViolation {
		Objects.requireNonNull(cause, "cause");
		Objects.requireNonNull(outcome, "outcome");
	}

	/**
	 * The kind as headers and metrics name it.
	 * @return {@code unique}, {@code not-null}, {@code check}, {@code foreign-key} or {@code exclusion}
	 */
	public String kind() {
		return this.cause.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The headers a dead-lettered message carries: names only, never the SQL, the database's message or a value.
	 * @return {@value #KIND_HEADER}, and {@value #CONSTRAINT_HEADER} and {@value #FIELDS_HEADER} when known, in
	 * that order
	 */
	public Map<String, String> headers() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(KIND_HEADER, kind());
		this.cause.constraint().ifPresent((name) -> headers.put(CONSTRAINT_HEADER, name));
		String fields = String.join(",", this.cause.fields().isEmpty() ? this.cause.columns() : this.cause.fields());
		if (!fields.isEmpty()) {
			headers.put(FIELDS_HEADER, fields);
		}
		return headers;
	}

	/**
	 * A line for the log: the kind, constraint and outcome, never a value.
	 * @return the description
	 */
	public String describe() {
		return kind() + " violation of " + this.cause.constraint().orElse("(unnamed)")
				+ this.cause.table().map((table) -> " on " + table).orElse("") + ": " + this.outcome.tag();
	}

}
