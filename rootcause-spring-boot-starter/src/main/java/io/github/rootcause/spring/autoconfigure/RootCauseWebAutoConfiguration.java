package io.github.rootcause.spring.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.GeneratedKeys;
import io.github.rootcause.spring.web.ConstraintViolationProblemHandler;
import io.github.rootcause.spring.web.RequestBodyNames;
import io.github.rootcause.spring.web.ViolationForms;
import io.github.rootcause.spring.web.ViolationHandlerExceptionResolver;
import io.github.rootcause.spring.web.ViolationHandlers;
import io.github.rootcause.spring.web.ViolationProblemFactory;

/**
 * Spring MVC: answers constraint violations with {@code application/problem+json}
 * ({@link ConstraintViolationProblemHandler}, an advice of lowest precedence that the application's own
 * {@code @ExceptionHandler}s win over) and invokes the methods annotated with
 * {@link io.github.rootcause.spring.web.OnUniqueViolation} and its siblings
 * ({@link ViolationHandlerExceptionResolver}). Every bean can be replaced; {@code rootcause.web.enabled=false}
 * turns it off. Problems name fields as the request body does ({@link RequestBodyNames}, through the application's
 * Jackson mapper when there is one).
 */
@AutoConfiguration(after = RootCauseAutoConfiguration.class,
		afterName = { "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
				"org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration",
				"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
				"org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "rootcause.web.enabled", matchIfMissing = true)
@Import(RequestBodyNamesConfiguration.class)
public final class RootCauseWebAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ViolationProblemFactory rootCauseProblemFactory(RootCauseProperties properties, ApplicationContext context,
			ObjectProvider<RequestBodyNames> names, ObjectProvider<GeneratedKeys> generatedKeys) {
		return new ViolationProblemFactory(ViolationProblemsFactory.of(properties, context,
				names.getIfAvailable(RequestBodyNames::fieldNames), generatedKeys));
	}

	@Bean
	@ConditionalOnMissingBean
	ConstraintViolationProblemHandler rootCauseProblemHandler(DataSourceResolvers resolvers,
			ViolationProblemFactory problems) {
		return new ConstraintViolationProblemHandler(resolvers, problems);
	}

	@Bean
	@ConditionalOnMissingBean
	ViolationForms rootCauseViolationForms(DataSourceResolvers resolvers, ViolationProblemFactory problems) {
		return new ViolationForms(resolvers, problems);
	}

	@Bean
	@ConditionalOnMissingBean
	ViolationHandlers rootCauseViolationHandlers(ApplicationContext context) {
		return new ViolationHandlers(context);
	}

	/**
	 * The resolver, writing with the message converters of Spring MVC's own handler adapter: the bean named
	 * {@code requestMappingHandlerAdapter}, beside which frameworks may declare adapters of their own (Spring Data
	 * REST's {@code repositoryExporterHandlerAdapter}); else the only adapter there is; else Spring MVC's defaults.
	 */
	@Bean
	@ConditionalOnMissingBean
	ViolationHandlerExceptionResolver rootCauseViolationHandlerExceptionResolver(DataSourceResolvers resolvers,
			ViolationHandlers handlers, ConstraintViolationProblemHandler problemHandler,
			@Qualifier("requestMappingHandlerAdapter") ObjectProvider<RequestMappingHandlerAdapter> mvcAdapter,
			ObjectProvider<RequestMappingHandlerAdapter> adapters,
			@Qualifier("mvcContentNegotiationManager") ContentNegotiationManager contentNegotiationManager) {
		ViolationHandlerExceptionResolver resolver = new ViolationHandlerExceptionResolver(resolvers, handlers,
				problemHandler);
		RequestMappingHandlerAdapter adapter = mvcAdapter.getIfAvailable(adapters::getIfUnique);
		if (adapter != null) {
			resolver.setMessageConverters(adapter.getMessageConverters());
		}
		resolver.setContentNegotiationManager(contentNegotiationManager);
		return resolver;
	}

}
