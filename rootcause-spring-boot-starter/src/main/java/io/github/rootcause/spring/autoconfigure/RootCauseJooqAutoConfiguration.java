package io.github.rootcause.spring.autoconfigure;

import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jooq.ViolationExecuteListener;

/**
 * Typed constraint violation exceptions from jOOQ: a {@link ViolationExecuteListener}, which Spring Boot's jOOQ
 * auto-configuration adds to its {@code DSLContext} with every other {@link ExecuteListenerProvider} bean, ordered
 * after Spring Boot's own exception translator (order 0). {@code rootcause.jooq.enabled=false} leaves jOOQ alone.
 */
@AutoConfiguration(after = RootCauseAutoConfiguration.class,
		afterName = { "org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration",
				"org.springframework.boot.autoconfigure.jooq.JooqAutoConfiguration" })
@ConditionalOnClass(ExecuteListenerProvider.class)
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
public final class RootCauseJooqAutoConfiguration {

	@Bean
	@Order(1)
	@ConditionalOnBean(DataSourceResolvers.class)
	@ConditionalOnMissingBean(name = "rootCauseJooqViolationListenerProvider")
	@ConditionalOnBooleanProperty(name = "rootcause.jooq.enabled", matchIfMissing = true)
	DefaultExecuteListenerProvider rootCauseJooqViolationListenerProvider(DataSourceResolvers resolvers) {
		return new DefaultExecuteListenerProvider(new ViolationExecuteListener(resolvers));
	}

}
