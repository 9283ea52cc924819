package io.github.rootcause.spring.jooq;

import java.sql.SQLException;
import java.util.Objects;

import javax.sql.DataSource;

import org.jooq.ConnectionProvider;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import io.github.rootcause.Resolver;
import io.github.rootcause.spring.jdbc.ConstraintViolation;
import io.github.rootcause.spring.jdbc.ConstraintViolationTranslator;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * jOOQ {@link ExecuteListener} that makes a constraint violation the typed exception carrying the resolved
 * {@link io.github.rootcause.Cause} ({@code UniqueViolationException}, ...), with the table and fields read from
 * the statement jOOQ ran. Everything that is not a violation is left as it is.
 *
 * <p>It must run after the listener that translates jOOQ's exceptions into Spring's (Spring Boot's, at order 0),
 * which would otherwise replace the typed exception with a plain {@code DataIntegrityViolationException}. It
 * resolves against the data source of jOOQ's {@link DataSourceConnectionProvider} (looking through Spring's
 * {@link TransactionAwareDataSourceProxy}), else against the primary one. Spring Boot's {@code DSLContext} gets it
 * by auto-configuration; a {@code DSLContext} built by hand gets it with
 * {@code configuration.set(new DefaultExecuteListenerProvider(listener))}.
 */
public final class ViolationExecuteListener implements ExecuteListener {

	private final DataSourceResolvers resolvers;

	/**
	 * Creates the listener.
	 * @param resolvers the application's resolvers
	 */
	public ViolationExecuteListener(DataSourceResolvers resolvers) {
		this.resolvers = Objects.requireNonNull(resolvers, "resolvers");
	}

	@Override
	public void exception(ExecuteContext context) {
		SQLException exception = context.sqlException();
		if (exception == null || context.exception() instanceof ConstraintViolation) {
			return;
		}
		DataSource dataSource = dataSource(context.configuration().connectionProvider());
		Resolver resolver = (dataSource != null) ? this.resolvers.resolver(dataSource)
				: this.resolvers.primary().orElse(null);
		DataAccessException translated = (resolver != null)
				? new ConstraintViolationTranslator(resolver, null).translate("jOOQ", context.sql(), exception) : null;
		if (translated != null) {
			context.exception(translated);
		}
	}

	private static @Nullable DataSource dataSource(@Nullable ConnectionProvider provider) {
		if (!(provider instanceof DataSourceConnectionProvider connections)) {
			return null;
		}
		DataSource dataSource = connections.dataSource();
		return (dataSource instanceof TransactionAwareDataSourceProxy proxy) ? proxy.getTargetDataSource()
				: dataSource;
	}

}
