package io.github.rootcause.spring.jdbc;

import org.springframework.dao.DataAccessException;

import io.github.rootcause.Cause;

/**
 * A Spring data access exception that carries the constraint violation behind it. Implemented by
 * {@link UniqueViolationException} (a {@code DuplicateKeyException}) and by {@link NotNullViolationException},
 * {@link CheckViolationException}, {@link ForeignKeyViolationException} and {@link ExclusionViolationException}
 * (each a {@code DataIntegrityViolationException}), so existing catch blocks keep working.
 *
 * <pre class="code">
 * catch (DuplicateKeyException ex) {
 *     if (ex instanceof ConstraintViolation violation &amp;&amp; violation.violation().isUnique("email")) {
 *         ...
 *     }
 * }
 * </pre>
 */
public interface ConstraintViolation {

	/**
	 * The violated constraint, resolved against the catalog of the data source it came from and the entity model.
	 * @return the cause, never {@code null}
	 */
	Cause violation();

	/**
	 * The typed exception for a resolved violation, whatever the data access technology (JDBC, R2DBC).
	 * @param message the exception message
	 * @param cause the resolved violation
	 * @param ex the underlying exception
	 * @return a {@link UniqueViolationException} or another {@link ConstraintViolation} exception
	 */
	static DataAccessException of(String message, Cause cause, Throwable ex) {
		return switch (cause.kind()) {
			case UNIQUE -> new UniqueViolationException(message, cause, ex);
			case NOT_NULL -> new NotNullViolationException(message, cause, ex);
			case CHECK -> new CheckViolationException(message, cause, ex);
			case FOREIGN_KEY -> new ForeignKeyViolationException(message, cause, ex);
			case EXCLUSION -> new ExclusionViolationException(message, cause, ex);
		};
	}

}
