package io.github.rootcause.spring.autoconfigure;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;
import org.springframework.orm.jpa.JpaDialect;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;

import io.github.rootcause.spring.jdbc.ConstraintViolationTranslator;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * Sets a {@link ConstraintViolationTranslator} resolving against each entity manager factory's own data source as
 * the JDBC exception translator of its {@link HibernateJpaDialect}, which repositories, {@code @Repository}
 * beans and the {@code JpaTransactionManager} (violations at commit) translate through.
 *
 * <p>Factories built from one {@code HibernateJpaVendorAdapter} (Spring Boot's {@code EntityManagerFactoryBuilder}
 * builds every factory from one) share its dialect; every factory after the first gets a dialect of its own, so
 * that each translates against its own data source. That dialect has {@link HibernateJpaDialect}'s defaults, as
 * Spring Boot leaves them.
 */
final class JpaTranslatorPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<DataSourceResolvers> resolvers;

	private final ObjectProvider<SQLExceptionTranslator> translators;

	private final Set<JpaDialect> claimed = Collections
		.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

	JpaTranslatorPostProcessor(ObjectProvider<DataSourceResolvers> resolvers,
			ObjectProvider<SQLExceptionTranslator> translators) {
		this.resolvers = resolvers;
		this.translators = translators;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractEntityManagerFactoryBean factory
				&& factory.getJpaDialect() instanceof HibernateJpaDialect shared) {
			DataSource dataSource = factory.getDataSource();
			DataSourceResolvers resolvers = this.resolvers.getIfAvailable();
			if (dataSource != null && resolvers != null) {
				HibernateJpaDialect dialect = shared;
				if (!this.claimed.add(shared)) {
					dialect = new HibernateJpaDialect();
					factory.setJpaDialect(dialect);
				}
				dialect.setJdbcExceptionTranslator(ConstraintViolationTranslator
					.forEntities(resolvers.resolver(dataSource), this.translators.getIfUnique()));
			}
		}
		return bean;
	}

}
