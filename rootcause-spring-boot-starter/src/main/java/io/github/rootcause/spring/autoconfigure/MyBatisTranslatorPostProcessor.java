package io.github.rootcause.spring.autoconfigure;

import javax.sql.DataSource;

import org.apache.ibatis.mapping.Environment;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import io.github.rootcause.spring.jdbc.ConstraintViolationExceptionTranslator;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * Replaces each {@link SqlSessionTemplate} bean, whose exception translator is fixed at construction, with one of
 * the same session factory and executor type whose translator is a {@link ConstraintViolationExceptionTranslator}
 * around the original: the mappers that use the template throw the typed exceptions, resolved against the
 * session factory's data source with the statement MyBatis reports.
 */
final class MyBatisTranslatorPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<DataSourceResolvers> resolvers;

	MyBatisTranslatorPostProcessor(ObjectProvider<DataSourceResolvers> resolvers) {
		this.resolvers = resolvers;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SqlSessionTemplate template
				&& !(template.getPersistenceExceptionTranslator() instanceof ConstraintViolationExceptionTranslator)) {
			DataSourceResolvers resolvers = this.resolvers.getIfAvailable();
			if (resolvers != null) {
				return new SqlSessionTemplate(template.getSqlSessionFactory(), template.getExecutorType(),
						new ConstraintViolationExceptionTranslator(resolvers, dataSource(template),
								template.getPersistenceExceptionTranslator()));
			}
		}
		return bean;
	}

	private static DataSource dataSource(SqlSessionTemplate template) {
		Environment environment = template.getSqlSessionFactory().getConfiguration().getEnvironment();
		DataSource dataSource = (environment != null) ? environment.getDataSource() : null;
		return (dataSource instanceof TransactionAwareDataSourceProxy proxy) ? proxy.getTargetDataSource()
				: dataSource;
	}

}
