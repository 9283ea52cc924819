package io.github.rootcause.spring.autoconfigure;

import java.time.Duration;

import org.flywaydb.core.api.callback.Callback;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.github.rootcause.spring.actuate.CatalogHealthIndicator;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.migration.FlywayCatalogRefresh;
import io.github.rootcause.spring.migration.LiquibaseCatalogRefresh;

/**
 * The catalogs' life beyond startup: read again after Flyway and Liquibase change the schema (a Flyway
 * {@link Callback} bean, which Spring Boot adds to its Flyway; a post-processor of every {@link SpringLiquibase}
 * bean), and told by the {@code rootcause} health contributor (Spring Boot 4's health support;
 * {@code management.health.rootcause.enabled=false} turns it off). Each migration waits for the new catalogs at
 * most {@code rootcause.catalog.startup-wait}.
 */
@AutoConfiguration(after = RootCauseAutoConfiguration.class,
		afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
				"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration" })
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RootCauseProperties.class)
public final class RootCauseCatalogAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Callback.class)
	@ConditionalOnBean(DataSourceResolvers.class)
	static final class FlywayConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "rootCauseFlywayCatalogRefresh")
		Callback rootCauseFlywayCatalogRefresh(DataSourceResolvers resolvers, RootCauseProperties properties) {
			return FlywayCatalogRefresh.callback(resolvers, properties.getCatalog().getStartupWait());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SpringLiquibase.class)
	static final class LiquibaseConfiguration {

		@Bean
		static LiquibaseCatalogRefresh rootCauseLiquibaseCatalogRefresh(ObjectProvider<DataSourceResolvers> resolvers,
				Environment environment) {
			return new LiquibaseCatalogRefresh(resolvers,
					environment.getProperty("rootcause.catalog.startup-wait", Duration.class, Duration.ofSeconds(10)));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
	@ConditionalOnBean(DataSourceResolvers.class)
	@ConditionalOnBooleanProperty(name = "management.health.rootcause.enabled", matchIfMissing = true)
	static final class HealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "rootcauseHealthIndicator")
		CatalogHealthIndicator rootcauseHealthIndicator(DataSourceResolvers resolvers) {
			return new CatalogHealthIndicator(resolvers);
		}

	}

}
