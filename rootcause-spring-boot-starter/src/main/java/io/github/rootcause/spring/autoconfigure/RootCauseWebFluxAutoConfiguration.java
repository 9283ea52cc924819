package io.github.rootcause.spring.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.DispatcherHandler;

import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.GeneratedKeys;
import io.github.rootcause.spring.web.RequestBodyNames;
import io.github.rootcause.spring.web.ViolationHandlers;
import io.github.rootcause.spring.web.ViolationProblems;
import io.github.rootcause.spring.webflux.ReactiveViolationAdvice;
import io.github.rootcause.spring.webflux.ViolationWebExceptionHandler;

/**
 * Spring WebFlux: answers constraint violations with the same {@code application/problem+json} bodies as Spring MVC,
 * built by the same {@link ViolationProblems} (statuses, members, messages in the exchange's locale, the
 * {@code rootcause.*} configuration), and invokes the methods annotated with
 * {@link io.github.rootcause.spring.web.OnUniqueViolation} and its siblings on WebFlux controllers and advice
 * ({@link ReactiveViolationAdvice}); functional endpoints and web filters are answered alike
 * ({@link ViolationWebExceptionHandler}). Every bean can be replaced; {@code rootcause.web.enabled=false} turns it off.
 * Problems name fields as the request body does, through the application's Jackson mapper when there is one.
 */
@AutoConfiguration(after = RootCauseAutoConfiguration.class,
		afterName = { "org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration",
				"org.springframework.boot.autoconfigure.web.reactive.WebFluxAutoConfiguration",
				"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
				"org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(DispatcherHandler.class)
@ConditionalOnBooleanProperty(name = "rootcause.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "rootcause.web.enabled", matchIfMissing = true)
@Import(RequestBodyNamesConfiguration.class)
public final class RootCauseWebFluxAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ViolationProblems rootCauseViolationProblems(RootCauseProperties properties, ApplicationContext context,
			ObjectProvider<RequestBodyNames> names, ObjectProvider<GeneratedKeys> generatedKeys) {
		return ViolationProblemsFactory.of(properties, context, names.getIfAvailable(RequestBodyNames::fieldNames),
				generatedKeys);
	}

	@Bean
	@ConditionalOnMissingBean
	ViolationHandlers rootCauseViolationHandlers(ApplicationContext context) {
		return new ViolationHandlers(context);
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveViolationAdvice rootCauseReactiveViolationAdvice(DataSourceResolvers resolvers, ViolationHandlers handlers,
			ViolationProblems problems, ApplicationContext context) {
		return new ReactiveViolationAdvice(resolvers, handlers, problems, context);
	}

	@Bean
	@ConditionalOnMissingBean
	ViolationWebExceptionHandler rootCauseViolationWebExceptionHandler(ReactiveViolationAdvice advice,
			ObjectProvider<ServerCodecConfigurer> codecs) {
		ServerCodecConfigurer configurer = codecs.getIfAvailable(ServerCodecConfigurer::create);
		return new ViolationWebExceptionHandler(advice, configurer.getWriters());
	}

}
