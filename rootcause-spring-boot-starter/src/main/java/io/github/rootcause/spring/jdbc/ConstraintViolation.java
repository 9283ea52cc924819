package io.github.rootcause.spring.jdbc;

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

}
