package io.github.rootcause.spring.jdbc;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;

import io.github.rootcause.BatchRow;
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
	 * Which row of a batch failed, when the write was a batch: the 0-based index among the rows of the
	 * {@code JdbcTemplate.batchUpdate} call (across its batches when a batch size splits them), where the driver
	 * tells it, else {@link BatchRow#unknown() unknown}. Always unknown for a batch that Hibernate ran for a flush:
	 * the index within Hibernate's JDBC batch is not the position of an entity in what the application saved. The
	 * message of the exception ends its first part with {@code (batch row 6)} or {@code (batch row unknown)}.
	 * @return the failed row, or empty when the write was not a JDBC batch (or the driver threw no
	 * {@code BatchUpdateException}, as xerial's SQLite driver does)
	 */
	default Optional<BatchRow> batchRow() {
		return Optional.empty();
	}

	/**
	 * The typed exception for a resolved violation, whatever the data access technology (JDBC, R2DBC), with the
	 * failed row of a batch when the exception's chain tells one.
	 * @param message the exception message
	 * @param cause the resolved violation
	 * @param ex the underlying exception
	 * @return a {@link UniqueViolationException} or another {@link ConstraintViolation} exception
	 */
	static DataAccessException of(String message, Cause cause, Throwable ex) {
		return of(message, cause, ex, BatchRows.of(ex).orElse(null));
	}

	/**
	 * The typed exception for a resolved violation that may come from a row of a batch.
	 * @param message the exception message, which gains the batch row (never a value of it)
	 * @param cause the resolved violation
	 * @param ex the underlying exception
	 * @param row the failed row of the batch, or {@code null} when the write was not a batch
	 * @return a {@link UniqueViolationException} or another {@link ConstraintViolation} exception
	 */
	static DataAccessException of(String message, Cause cause, Throwable ex, @Nullable BatchRow row) {
		String text = (row != null) ? withRow(message, row) : message;
		return switch (cause.kind()) {
			case UNIQUE -> new UniqueViolationException(text, cause, ex, row);
			case NOT_NULL -> new NotNullViolationException(text, cause, ex, row);
			case CHECK -> new CheckViolationException(text, cause, ex, row);
			case FOREIGN_KEY -> new ForeignKeyViolationException(text, cause, ex, row);
			case EXCLUSION -> new ExclusionViolationException(text, cause, ex, row);
		};
	}

	/**
	 * The message with {@code (batch row 6)} after its first part: before Spring's {@code "; SQL ["}, else at the
	 * end.
	 */
	private static String withRow(String message, BatchRow row) {
		int sql = message.indexOf("; SQL [");
		String text = " (" + row + ")";
		return (sql < 0) ? message + text : message.substring(0, sql) + text + message.substring(sql);
	}

}
