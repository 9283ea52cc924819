package io.github.rootcause.spring.jdbc;

import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.SQLExceptionTranslator;

import io.github.rootcause.BatchRow;
import io.github.rootcause.Cause;
import io.github.rootcause.Resolver;

/**
 * {@link SQLExceptionTranslator} that turns constraint violations into exceptions carrying the resolved
 * {@link Cause}, and hands everything else to the translator it wraps.
 *
 * <ul>
 * <li>{@link io.github.rootcause.Kind#UNIQUE UNIQUE} (and primary key): {@link UniqueViolationException}, a
 * {@link org.springframework.dao.DuplicateKeyException}
 * <li>{@link io.github.rootcause.Kind#NOT_NULL NOT_NULL}: {@link NotNullViolationException}
 * <li>{@link io.github.rootcause.Kind#CHECK CHECK}: {@link CheckViolationException}
 * <li>{@link io.github.rootcause.Kind#FOREIGN_KEY FOREIGN_KEY}: {@link ForeignKeyViolationException}
 * <li>{@link io.github.rootcause.Kind#EXCLUSION EXCLUSION}: {@link ExclusionViolationException}
 * </ul>
 * The last four are {@link org.springframework.dao.DataIntegrityViolationException}s. Anything that is not a
 * constraint violation (deadlocks, syntax errors, values too long, ...) goes to the fallback translator: the one the
 * {@code JdbcTemplate} had before (yours, or Spring's default), or {@code null} when there is none, which lets a
 * JPA dialect apply its own translation.
 */
public final class ConstraintViolationTranslator implements SQLExceptionTranslator {

	private final Resolver resolver;

	private final @Nullable SQLExceptionTranslator fallback;

	private final boolean entityBatches;

	/**
	 * Creates a translator.
	 * @param resolver the resolver of the data source the exceptions come from
	 * @param fallback the translator for everything that is not a constraint violation, or {@code null} to return
	 * {@code null} for those
	 */
	public ConstraintViolationTranslator(Resolver resolver, @Nullable SQLExceptionTranslator fallback) {
		this(resolver, fallback, false);
	}

	private ConstraintViolationTranslator(Resolver resolver, @Nullable SQLExceptionTranslator fallback,
			boolean entityBatches) {
		this.resolver = Objects.requireNonNull(resolver, "resolver");
		this.fallback = fallback;
		this.entityBatches = entityBatches;
	}

	/**
	 * A translator for a persistence provider (Hibernate) that batches the statements of a flush itself: the failed
	 * row of such a batch is reported {@link BatchRow#unknown() unknown}, since its index within one of the
	 * provider's JDBC batches is not the position of an entity in what the application saved.
	 * @param resolver the resolver of the data source the exceptions come from
	 * @param fallback the translator for everything that is not a constraint violation, or {@code null}
	 * @return the translator
	 */
	public static ConstraintViolationTranslator forEntities(Resolver resolver,
			@Nullable SQLExceptionTranslator fallback) {
		return new ConstraintViolationTranslator(resolver, fallback, true);
	}

	@Override
	public @Nullable DataAccessException translate(String task, @Nullable String sql, SQLException ex) {
		Optional<Cause> cause = this.resolver.resolve(ex, sql);
		if (cause.isPresent()) {
			BatchRow row = BatchRows.of(ex).map((known) -> this.entityBatches ? BatchRow.unknown() : known)
				.orElse(null);
			return ConstraintViolation.of(message(task, sql, ex), cause.get(), ex, row);
		}
		return (this.fallback != null) ? this.fallback.translate(task, sql, ex) : null;
	}

	/**
	 * The translator this one hands non-violations to.
	 * @return the fallback, or {@code null}
	 */
	public @Nullable SQLExceptionTranslator getFallback() {
		return this.fallback;
	}

	/**
	 * The typed exception for a resolved violation.
	 * @param message the exception message
	 * @param cause the resolved violation
	 * @param ex the underlying exception
	 * @return a {@link UniqueViolationException} or another {@link ConstraintViolation} exception
	 */
	public static DataAccessException exception(String message, Cause cause, Throwable ex) {
		return ConstraintViolation.of(message, cause, ex);
	}

	private static String message(String task, @Nullable String sql, SQLException ex) {
		return task + "; " + ((sql != null) ? "SQL [" + sql + "]; " : "") + ex.getMessage();
	}

}
