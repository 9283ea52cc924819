package io.github.rootcause.spring.autoconfigure;

import io.r2dbc.spi.ConnectionFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;

import io.github.rootcause.spring.jdbc.DataJdbcEntityModel;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.r2dbc.ConnectionFactoryResolvers;
import io.github.rootcause.spring.r2dbc.ReactiveViolationGuard;

/**
 * Typed constraint violation exceptions from every {@code DatabaseClient} bean, and so from
 * {@code R2dbcEntityTemplate} and Spring Data R2DBC repositories, which use it: Spring's R2DBC support translates
 * with a fixed translator that no bean replaces, so each client is wrapped instead
 * ({@link R2dbcTranslatorPostProcessor}). Each connection factory's catalog is read without blocking once the
 * context is refreshed (after the schema scripts ran), and again at a violation until it has been read. Spring Data
 * R2DBC's mapping context gives the entity model (tables to entities, columns to fields). Also provides the
 * {@link ReactiveViolationGuard} (savepoints in a reactive transaction, create-or-get).
 * {@code rootcause.r2dbc.enabled=false} leaves the clients alone.
 */
@AutoConfiguration(after = RootCauseAutoConfiguration.class,
		afterName = { "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
				"org.springframework.boot.autoconfigure.r2dbc.R2dbcAutoConfiguration",
				"org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
				"org.springframework.boot.autoconfigure.r2dbc.R2dbcTransactionManagerAutoConfiguration",
				"org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration",
				"org.springframework.boot.autoconfigure.data.r2dbc.R2dbcDataAutoConfiguration" })
@ConditionalOnClass({ DatabaseClient.class, ConnectionFactory.class })
@ConditionalOnBean(ConnectionFactory.class)
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
public final class RootCauseR2dbcAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ConnectionFactoryResolvers rootCauseConnectionFactoryResolvers(DataSourceResolvers resolvers) {
		return new ConnectionFactoryResolvers(resolvers);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "rootcause.r2dbc.enabled", matchIfMissing = true)
	static R2dbcTranslatorPostProcessor rootCauseR2dbcTranslatorPostProcessor(
			ObjectProvider<ConnectionFactoryResolvers> resolvers) {
		return new R2dbcTranslatorPostProcessor(resolvers);
	}

	@Bean
	ApplicationListener<ContextRefreshedEvent> rootCauseR2dbcCatalogReader(ConnectionFactoryResolvers resolvers) {
		return (event) -> resolvers.readCatalogs();
	}

	@Bean
	@ConditionalOnSingleCandidate(ConnectionFactory.class)
	@ConditionalOnBean(ReactiveTransactionManager.class)
	@ConditionalOnMissingBean
	ReactiveViolationGuard rootCauseReactiveViolationGuard(ReactiveTransactionManager transactionManager,
			ConnectionFactory connectionFactory, ConnectionFactoryResolvers resolvers) {
		return new ReactiveViolationGuard(transactionManager, connectionFactory, resolvers);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RelationalMappingContext.class)
	@ConditionalOnBean(RelationalMappingContext.class)
	static final class DataR2dbcModelConfiguration {

		@Bean
		@ConditionalOnMissingBean
		DataJdbcEntityModel rootCauseDataR2dbcEntityModel(RelationalMappingContext context) {
			return new DataJdbcEntityModel(context);
		}

	}

}
