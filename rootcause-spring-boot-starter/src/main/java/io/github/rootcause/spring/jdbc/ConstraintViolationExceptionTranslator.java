package io.github.rootcause.spring.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslator;

import io.github.rootcause.Cause;

/**
 * {@link PersistenceExceptionTranslator} that turns any runtime exception whose chain holds a constraint violation
 * into the typed exception carrying the resolved {@link Cause}, and leaves everything else to the translator it
 * wraps, if any.
 *
 * <p>As a bean, Spring applies it at the boundary of every {@code @Repository} bean and Spring Data repository, so
 * that a repository that builds its own {@code JdbcTemplate}, {@code NamedParameterJdbcTemplate},
 * {@code SimpleJdbcInsert}, {@code SimpleJdbcCall} or {@code JdbcClient} from the {@code DataSource}, or its own
 * jOOQ {@code DSLContext}, throws the same typed exceptions as the template beans. It resolves against the primary
 * data source, with the failed statement that Spring's, jOOQ's and MyBatis's exceptions carry. It comes last among
 * the application's translators and leaves JPA's and Hibernate's exceptions to the entity manager factory, which
 * translates them against its own data source. Wrapping MyBatis's translator, it resolves against the data source
 * of the session factory.
 */
public final class ConstraintViolationExceptionTranslator implements PersistenceExceptionTranslator, Ordered {

	/** The exception types, by name, that a persistence provider's own translator takes. */
	private static final List<String> PROVIDERS = List.of("jakarta.persistence.PersistenceException",
			"org.hibernate.HibernateException");

	private final DataSourceResolvers resolvers;

	private final @Nullable DataSource dataSource;

	private final @Nullable PersistenceExceptionTranslator fallback;

	/**
	 * Creates a translator for {@code @Repository} beans, resolving against the primary data source.
	 * @param resolvers the application's resolvers
	 */
	public ConstraintViolationExceptionTranslator(DataSourceResolvers resolvers) {
		this(resolvers, null, null);
	}

	/**
	 * Creates a translator resolving against a data source and handing everything that is not a violation to
	 * another translator.
	 * @param resolvers the application's resolvers
	 * @param dataSource the data source the exceptions come from, or {@code null} for the primary one
	 * @param fallback the translator for everything else, or {@code null} to return {@code null} for those
	 */
	public ConstraintViolationExceptionTranslator(DataSourceResolvers resolvers, @Nullable DataSource dataSource,
			@Nullable PersistenceExceptionTranslator fallback) {
		this.resolvers = Objects.requireNonNull(resolvers, "resolvers");
		this.dataSource = dataSource;
		this.fallback = fallback;
	}

	@Override
	public @Nullable DataAccessException translateExceptionIfPossible(RuntimeException ex) {
		if (ex instanceof ConstraintViolation && ex instanceof DataAccessException typed) {
			return typed;
		}
		if (!isProviders(ex)) {
			Optional<Cause> cause = (this.dataSource != null) ? this.resolvers.resolve(this.dataSource, ex)
					: this.resolvers.resolve(ex);
			if (cause.isPresent()) {
				return ConstraintViolationTranslator.exception(String.valueOf(ex.getMessage()), cause.get(), ex);
			}
		}
		return (this.fallback != null) ? this.fallback.translateExceptionIfPossible(ex) : null;
	}

	/**
	 * Last, after the persistence providers' own translators.
	 * @return {@link Ordered#LOWEST_PRECEDENCE}
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static boolean isProviders(Throwable ex) {
		for (Class<?> type = ex.getClass(); type != null; type = type.getSuperclass()) {
			if (PROVIDERS.contains(type.getName())) {
				return true;
			}
		}
		return false;
	}

}
