package io.github.rootcause.spring.jdbc;

import java.util.Objects;

import org.springframework.dao.DataIntegrityViolationException;

import io.github.rootcause.Cause;

/**
 * Thrown when a write violated an exclusion constraint (PostgreSQL).
 */
public class ExclusionViolationException extends DataIntegrityViolationException implements ConstraintViolation {

	private final transient Cause violation;

	/**
	 * Creates the exception.
	 * @param message the message, as Spring's translators build it (it may contain the SQL statement)
	 * @param violation the resolved violation
	 * @param cause the exception the driver threw
	 */
	public ExclusionViolationException(String message, Cause violation, Throwable cause) {
		super(message, cause);
		this.violation = Objects.requireNonNull(violation, "violation");
	}

	@Override
	public Cause violation() {
		return this.violation;
	}

}
