package io.github.rootcause.spring.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionTranslator;

import io.github.rootcause.spring.jdbc.ConstraintViolationTranslator;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * Wraps the exception translator of each {@link JdbcTemplate} bean (and of the template inside each
 * {@link NamedParameterJdbcTemplate} bean) in a {@link ConstraintViolationTranslator} that resolves against the
 * template's own data source.
 */
final class JdbcTranslatorPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<DataSourceResolvers> resolvers;

	JdbcTranslatorPostProcessor(ObjectProvider<DataSourceResolvers> resolvers) {
		this.resolvers = resolvers;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof JdbcTemplate template) {
			wrap(template);
		}
		else if (bean instanceof NamedParameterJdbcTemplate named
				&& named.getJdbcOperations() instanceof JdbcTemplate template) {
			wrap(template);
		}
		return bean;
	}

	private void wrap(JdbcTemplate template) {
		DataSource dataSource = template.getDataSource();
		if (dataSource == null || template.getExceptionTranslator() instanceof ConstraintViolationTranslator) {
			return;
		}
		DataSourceResolvers resolvers = this.resolvers.getIfAvailable();
		if (resolvers != null) {
			SQLExceptionTranslator fallback = template.getExceptionTranslator();
			template.setExceptionTranslator(
					new ConstraintViolationTranslator(resolvers.resolver(dataSource), fallback));
		}
	}

}
