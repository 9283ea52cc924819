package io.github.rootcause.spring.autoconfigure;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;

import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jpa.HibernateEntityModel;
import io.github.rootcause.spring.jpa.HibernateNotNullTranslator;

/**
 * JPA with Hibernate: typed constraint violation exceptions from repositories and transactions (violations at
 * flush and at commit), through the Hibernate JPA dialect's JDBC exception translator, and the entity model read
 * from Hibernate's metamodel; Hibernate's own not-null check read as a not-null violation
 * ({@link HibernateNotNullTranslator}).
 *
 * <p>Spring Boot sets a unique {@code SQLExceptionTranslator} bean of the application as that dialect's
 * translator; rootcause replaces it with a {@link io.github.rootcause.spring.jdbc.ConstraintViolationTranslator}
 * that hands everything but violations to it (or, when there is none, returns nothing so that Hibernate's own
 * translation applies). {@code rootcause.jpa.enabled=false} leaves JPA alone.
 */
@AutoConfiguration(after = RootCauseAutoConfiguration.class,
		afterName = { "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
				"org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration" })
@ConditionalOnClass({ EntityManagerFactory.class, SessionFactoryImplementor.class, HibernateJpaDialect.class })
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "rootcause.jpa.enabled", matchIfMissing = true)
public final class RootCauseJpaAutoConfiguration {

	@Bean
	static JpaTranslatorPostProcessor rootCauseJpaTranslatorPostProcessor(
			ObjectProvider<DataSourceResolvers> resolvers, ObjectProvider<SQLExceptionTranslator> translators) {
		return new JpaTranslatorPostProcessor(resolvers, translators);
	}

	@Bean
	@ConditionalOnBean(EntityManagerFactory.class)
	@ConditionalOnMissingBean
	HibernateNotNullTranslator rootCauseHibernateNotNullTranslator(ObjectProvider<EntityManagerFactory> factories) {
		return new HibernateNotNullTranslator(() -> factories.orderedStream().toList());
	}

	@Bean
	@ConditionalOnBean(EntityManagerFactory.class)
	@ConditionalOnMissingBean
	HibernateEntityModel rootCauseHibernateEntityModel(EntityManagerFactory entityManagerFactory) {
		return new HibernateEntityModel(entityManagerFactory);
	}

}
