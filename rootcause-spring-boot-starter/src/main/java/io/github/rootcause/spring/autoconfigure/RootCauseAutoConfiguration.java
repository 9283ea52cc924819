package io.github.rootcause.spring.autoconfigure;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

import io.github.rootcause.EntityModel;
import io.github.rootcause.spring.jdbc.CatalogSettings;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.ViolationReader;
import io.github.rootcause.spring.logging.Log4j2ViolationLogFilter;
import io.github.rootcause.spring.logging.ViolationLogFilter;
import io.github.rootcause.spring.messaging.ViolationOutcomes;

/**
 * The core of rootcause's auto-configuration: the {@code rootcause.*} properties and one resolver per
 * {@link DataSource}, sharing every {@link EntityModel} bean (Hibernate's, Spring Data JDBC's, the application's)
 * and every {@link ViolationReader} bean (Hibernate's own not-null check), with each data source's catalog read
 * when the context starts ({@link CatalogStartup}). {@code rootcause.enabled=false} turns off
 * this and every other rootcause auto-configuration. Under Logback and under Log4j 2, the log lines that Hibernate
 * and the MariaDB driver write for a violation, with its row values, are dropped ({@link ViolationLogFilter},
 * {@link Log4j2ViolationLogFilter}).
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
				"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration" })
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RootCauseProperties.class)
public final class RootCauseAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DataSourceResolvers rootCauseResolvers(ObjectProvider<DataSource> dataSources,
			ObjectProvider<EntityModel> models, ObjectProvider<ViolationReader> readers,
			RootCauseProperties properties, ConfigurableListableBeanFactory beans) {
		RootCauseProperties.Catalog catalog = properties.getCatalog();
		return new DataSourceResolvers(dataSources::getIfUnique,
				() -> new CompositeEntityModel(models.orderedStream().toList()),
				() -> readers.orderedStream().toList(),
				new CatalogSettings(catalog.getWait(), catalog.getRefreshInterval(), catalog.getSchemas()),
				(dataSource) -> beanName(beans, dataSource), properties.getNames());
	}

	@Bean
	@ConditionalOnMissingBean
	CatalogStartup rootCauseCatalogStartup(ApplicationContext context, DataSourceResolvers resolvers,
			RootCauseProperties properties) {
		return new CatalogStartup(context, resolvers, new ConstraintNameValidator(context),
				properties.getCatalog().getStartupWait());
	}

	/** The name of a data source's bean, looked up without creating any bean; {@code dataSource} when it has none. */
	private static String beanName(ConfigurableListableBeanFactory beans, DataSource dataSource) {
		for (String name : beans.getBeanNamesForType(DataSource.class, false, false)) {
			if (beans.containsSingleton(name) && beans.getSingleton(name) == dataSource) {
				return name;
			}
		}
		return "dataSource";
	}

	/** Under Logback, the lines libraries log for a violation, with its row values, are dropped. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "ch.qos.logback.classic.LoggerContext")
	static final class LogbackConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ViolationLogFilter rootCauseViolationLogFilter() {
			return new ViolationLogFilter();
		}

	}

	/**
	 * The one decision of what becomes of a message or batch item that violated a constraint, which every listener
	 * container and job adapter applies.
	 * @param properties the {@code rootcause.messaging.*} and {@code rootcause.constraints.<name>.on-message} keys
	 * @return the decision
	 */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "rootcause.messaging.enabled", matchIfMissing = true)
	ViolationOutcomes rootCauseViolationOutcomes(RootCauseProperties properties) {
		return ViolationOutcomesFactory.outcomes(properties);
	}

	/**
	 * Under Log4j 2, when log4j-core is the implementation Log4j's API hands lines to (not log4j-to-slf4j, which hands
	 * them to Logback), the lines libraries log for a violation, with its row values, are dropped.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = Log4jCore.LOGGER_CONTEXT)
	@Conditional(Log4jCore.class)
	static final class Log4j2Configuration {

		@Bean
		@ConditionalOnMissingBean
		Log4j2ViolationLogFilter rootCauseLog4j2ViolationLogFilter() {
			return new Log4j2ViolationLogFilter();
		}

	}

	/** Matches when Log4j's current context is log4j-core's. */
	static final class Log4jCore extends SpringBootCondition {

		static final String LOGGER_CONTEXT = "org.apache.logging.log4j.core.LoggerContext";

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			if (ClassUtils.isPresent(LOGGER_CONTEXT, context.getClassLoader()) && Log4jContext.isCore()) {
				return ConditionOutcome.match("Log4j's context is log4j-core's");
			}
			return ConditionOutcome.noMatch("Log4j's context is not log4j-core's");
		}

	}

	/** Touches Log4j's classes only once log4j-core is known to be present. */
	private static final class Log4jContext {

		static boolean isCore() {
			return org.apache.logging.log4j.LogManager
				.getContext(false) instanceof org.apache.logging.log4j.core.LoggerContext;
		}

	}

	/** Asks each model in turn. */
	record CompositeEntityModel(List<EntityModel> models) implements EntityModel {

		@Override
		public Optional<String> entity(String table) {
			for (EntityModel model : this.models) {
				Optional<String> entity = model.entity(table);
				if (entity.isPresent()) {
					return entity;
				}
			}
			return Optional.empty();
		}

		@Override
		public Optional<String> field(String table, String column) {
			for (EntityModel model : this.models) {
				Optional<String> field = model.field(table, column);
				if (field.isPresent()) {
					return field;
				}
			}
			return Optional.empty();
		}

		@Override
		public Optional<String> constraint(String name) {
			for (EntityModel model : this.models) {
				Optional<String> declared = model.constraint(name);
				if (declared.isPresent()) {
					return declared;
				}
			}
			return Optional.empty();
		}

	}

}
