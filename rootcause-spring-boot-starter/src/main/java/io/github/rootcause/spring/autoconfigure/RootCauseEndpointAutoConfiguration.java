package io.github.rootcause.spring.autoconfigure;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.github.rootcause.spring.actuate.RootCauseEndpoint;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.web.ViolationHandlers;
import io.github.rootcause.spring.web.ViolationProblemFactory;

/**
 * The {@code rootcause} Actuator endpoint ({@link RootCauseEndpoint}), in a Spring MVC application with Spring Boot's
 * Actuator, when the endpoint is available ({@code management.endpoint.rootcause.access}, and exposed as
 * {@code management.endpoints.web.exposure.include} or JMX say).
 */
@AutoConfiguration(after = RootCauseWebAutoConfiguration.class,
		afterName = { "org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration" })
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBean({ DataSourceResolvers.class, ViolationProblemFactory.class, ViolationHandlers.class })
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
@ConditionalOnAvailableEndpoint(RootCauseEndpoint.class)
public final class RootCauseEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RootCauseEndpoint rootCauseEndpoint(Map<String, DataSource> dataSources, DataSourceResolvers resolvers,
			ViolationProblemFactory problems, ViolationHandlers handlers) {
		return new RootCauseEndpoint(dataSources, resolvers, problems, handlers);
	}

}
