package io.github.rootcause.spring.autoconfigure;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.ControllerAdviceBean;

import io.github.rootcause.spring.graphql.ViolationGraphQlExceptionResolver;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.web.ViolationProblemFactory;

/**
 * Spring for GraphQL: a {@link ViolationGraphQlExceptionResolver}, which Spring Boot's GraphQL auto-configuration
 * gives its {@code GraphQlSource} with every other {@link DataFetcherExceptionResolver} bean, first.
 * {@code rootcause.graphql.enabled=false} turns it off.
 */
@AutoConfiguration(after = RootCauseWebAutoConfiguration.class,
		afterName = { "org.springframework.boot.graphql.autoconfigure.GraphQlAutoConfiguration",
				"org.springframework.boot.autoconfigure.graphql.GraphQlAutoConfiguration" })
@ConditionalOnClass(DataFetcherExceptionResolver.class)
@ConditionalOnBean({ DataSourceResolvers.class, ViolationProblemFactory.class })
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "rootcause.graphql.enabled", matchIfMissing = true)
public final class RootCauseGraphQlAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ViolationGraphQlExceptionResolver rootCauseGraphQlExceptionResolver(DataSourceResolvers resolvers,
			ViolationProblemFactory problems, ApplicationContext context) {
		return new ViolationGraphQlExceptionResolver(resolvers, problems, () -> adviceTypes(context),
				() -> controllerTypes(context));
	}

	private static List<Class<?>> controllerTypes(ApplicationContext context) {
		return Arrays.stream(context.getBeanNamesForAnnotation(Controller.class))
			.<Class<?>>map((name) -> context.getType(name, false))
			.filter((type) -> type != null)
			.<Class<?>>map(ClassUtils::getUserClass)
			.toList();
	}

	private static List<Class<?>> adviceTypes(ApplicationContext context) {
		return ControllerAdviceBean.findAnnotatedBeans(context)
			.stream()
			.<Class<?>>map(ControllerAdviceBean::getBeanType)
			.filter((type) -> type != null)
			.toList();
	}

}
