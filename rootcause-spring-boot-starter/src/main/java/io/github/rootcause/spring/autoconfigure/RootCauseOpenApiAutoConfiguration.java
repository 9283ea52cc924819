package io.github.rootcause.spring.autoconfigure;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import io.github.rootcause.spring.web.ConstraintViolationProblemHandler;

/**
 * springdoc: a {@link GlobalOpenApiCustomizer}, which springdoc applies to the document of every group, that lists
 * on each operation that writes the problem responses rootcause answers, with the statuses configured in
 * {@code rootcause.web.status.*}. It applies where rootcause answers problems (a
 * {@link ConstraintViolationProblemHandler} bean); {@code rootcause.openapi.enabled=false} leaves the document
 * alone, and a bean named {@code rootCauseOpenApiCustomizer} replaces it.
 */
@AutoConfiguration(after = RootCauseWebAutoConfiguration.class,
		afterName = { "org.springdoc.core.configuration.SpringDocConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "rootcause.openapi.enabled", matchIfMissing = true)
public final class RootCauseOpenApiAutoConfiguration {

	@Bean
	@ConditionalOnBean(ConstraintViolationProblemHandler.class)
	@ConditionalOnMissingBean(name = "rootCauseOpenApiCustomizer")
	GlobalOpenApiCustomizer rootCauseOpenApiCustomizer(RootCauseProperties properties) {
		return new OpenApiProblemResponses(properties);
	}

}
