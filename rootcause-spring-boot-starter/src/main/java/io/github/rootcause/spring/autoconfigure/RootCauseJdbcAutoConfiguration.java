package io.github.rootcause.spring.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.github.rootcause.spring.jdbc.ConstraintViolationExceptionTranslator;
import io.github.rootcause.spring.jdbc.DataJdbcEntityModel;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.ViolationGuard;

/**
 * Typed constraint violation exceptions from every {@code JdbcTemplate} and {@code NamedParameterJdbcTemplate}
 * bean, and so from {@code JdbcClient} and Spring Data JDBC, which use them.
 *
 * <p>Spring Boot applies a unique {@code SQLExceptionTranslator} bean of the application to its
 * {@code JdbcTemplate}. rootcause defines no such bean, so yours stays unique and applied; instead it wraps
 * whatever translator each template ends up with (yours, or Spring's default) in a
 * {@link io.github.rootcause.spring.jdbc.ConstraintViolationTranslator}: violations become typed exceptions,
 * everything else goes to the wrapped translator. Templates that repositories build by hand from the
 * {@code DataSource} are reached at the repository's boundary: a {@link ConstraintViolationExceptionTranslator}
 * bean, which Spring applies to every {@code @Repository} bean and Spring Data repository, turns the exceptions they
 * throw into the typed ones, and a {@link DeclaredViolationPostProcessor} those of the methods that declare what
 * they throw, which Spring lets through. {@code rootcause.jdbc.enabled=false} leaves the templates and repositories
 * alone.
 * Also provides the {@link ViolationGuard} (savepoints, create-or-get) and Spring Data JDBC's entity model.
 */
@AutoConfiguration(after = RootCauseAutoConfiguration.class,
		afterName = { "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
				"org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
				"org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration",
				"org.springframework.boot.autoconfigure.data.jdbc.JdbcRepositoriesAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
				"org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
				"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
				"org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration" })
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
public final class RootCauseJdbcAutoConfiguration {

	@Bean
	@ConditionalOnBooleanProperty(name = "rootcause.jdbc.enabled", matchIfMissing = true)
	static JdbcTranslatorPostProcessor rootCauseJdbcTranslatorPostProcessor(
			ObjectProvider<DataSourceResolvers> resolvers) {
		return new JdbcTranslatorPostProcessor(resolvers);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "rootcause.jdbc.enabled", matchIfMissing = true)
	static DeclaredViolationPostProcessor rootCauseDeclaredViolationPostProcessor(
			ObjectProvider<ConstraintViolationExceptionTranslator> translator) {
		return new DeclaredViolationPostProcessor(translator);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "rootcause.jdbc.enabled", matchIfMissing = true)
	@ConditionalOnMissingBean(name = "rootCauseRepositoryExceptionTranslator")
	ConstraintViolationExceptionTranslator rootCauseRepositoryExceptionTranslator(DataSourceResolvers resolvers) {
		return new ConstraintViolationExceptionTranslator(resolvers);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnSingleCandidate(DataSource.class)
	static final class ViolationGuardConfiguration {

		@Bean
		@ConditionalOnSingleCandidate(PlatformTransactionManager.class)
		@ConditionalOnMissingBean
		ViolationGuard rootCauseViolationGuard(PlatformTransactionManager transactionManager, DataSource dataSource,
				DataSourceResolvers resolvers) {
			return new ViolationGuard(transactionManager, dataSource, resolvers);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RelationalMappingContext.class)
	@ConditionalOnBean(RelationalMappingContext.class)
	static final class DataJdbcModelConfiguration {

		@Bean
		@ConditionalOnMissingBean
		DataJdbcEntityModel rootCauseDataJdbcEntityModel(RelationalMappingContext context) {
			return new DataJdbcEntityModel(context);
		}

	}

}
