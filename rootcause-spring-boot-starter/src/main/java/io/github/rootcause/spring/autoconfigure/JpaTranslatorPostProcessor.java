package io.github.rootcause.spring.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;

import io.github.rootcause.spring.jdbc.ConstraintViolationTranslator;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * Sets a {@link ConstraintViolationTranslator} resolving against each entity manager factory's own data source as
 * the JDBC exception translator of its {@link HibernateJpaDialect}, which repositories, {@code @Repository}
 * beans and the {@code JpaTransactionManager} (violations at commit) translate through.
 */
final class JpaTranslatorPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<DataSourceResolvers> resolvers;

	private final ObjectProvider<SQLExceptionTranslator> translators;

	JpaTranslatorPostProcessor(ObjectProvider<DataSourceResolvers> resolvers,
			ObjectProvider<SQLExceptionTranslator> translators) {
		this.resolvers = resolvers;
		this.translators = translators;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractEntityManagerFactoryBean factory
				&& factory.getJpaDialect() instanceof HibernateJpaDialect dialect) {
			DataSource dataSource = factory.getDataSource();
			DataSourceResolvers resolvers = this.resolvers.getIfAvailable();
			if (dataSource != null && resolvers != null) {
				SQLExceptionTranslator fallback = this.translators.getIfUnique();
				dialect.setJdbcExceptionTranslator(
						new ConstraintViolationTranslator(resolvers.resolver(dataSource), fallback));
			}
		}
		return bean;
	}

}
