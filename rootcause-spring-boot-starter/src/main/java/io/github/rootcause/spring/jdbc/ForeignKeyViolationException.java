package io.github.rootcause.spring.jdbc;

import java.util.Objects;

import org.springframework.dao.DataIntegrityViolationException;

import io.github.rootcause.Cause;

/**
 * Thrown when a write violated a foreign key (see {@link io.github.rootcause.Cause#reference()} for which side failed).
 */
public class ForeignKeyViolationException extends DataIntegrityViolationException implements ConstraintViolation {

	private final transient Cause violation;

	/**
	 * Creates the exception.
	 * @param message the message, as Spring's translators build it (it may contain the SQL statement)
	 * @param violation the resolved violation
	 * @param cause the exception the driver threw
	 */
	public ForeignKeyViolationException(String message, Cause violation, Throwable cause) {
		super(message, cause);
		this.violation = Objects.requireNonNull(violation, "violation");
	}

	@Override
	public Cause violation() {
		return this.violation;
	}

}
