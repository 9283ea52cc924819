package io.github.rootcause.spring.jdbc;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;

import io.github.rootcause.BatchRow;
import io.github.rootcause.Cause;

/**
 * Thrown when a write violated a check constraint.
 */
public class CheckViolationException extends DataIntegrityViolationException implements ConstraintViolation {

	private final transient Cause violation;

	private final transient @Nullable BatchRow batchRow;

	/**
	 * Creates the exception.
	 * @param message the message, as Spring's translators build it (it may contain the SQL statement)
	 * @param violation the resolved violation
	 * @param cause the exception the driver threw
	 */
	public CheckViolationException(String message, Cause violation, Throwable cause) {
		this(message, violation, cause, null);
	}

	/**
	 * Creates the exception for a write that may have been a row of a batch.
	 * @param message the message, as Spring's translators build it (it may contain the SQL statement)
	 * @param violation the resolved violation
	 * @param cause the exception the driver threw
	 * @param batchRow the failed row of the batch, or {@code null} when the write was not a batch
	 */
	public CheckViolationException(String message, Cause violation, Throwable cause, @Nullable BatchRow batchRow) {
		super(message, cause);
		this.violation = Objects.requireNonNull(violation, "violation");
		this.batchRow = batchRow;
	}

	@Override
	public Cause violation() {
		return this.violation;
	}

	@Override
	public Optional<BatchRow> batchRow() {
		return Optional.ofNullable(this.batchRow);
	}

}
