package io.github.rootcause.spring.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.rest.core.mapping.ResourceMappings;
import org.springframework.data.rest.webmvc.PersistentEntityResource;

import io.github.rootcause.spring.web.ProblemRequest;
import io.github.rootcause.spring.web.RequestBodyNames;

/**
 * Names request body members as the application's Jackson mapper reads them, for both web stacks: Jackson 3's
 * (Spring Boot 4) when the application has one, else Jackson 2's (Spring Boot 3.5). Without either, problems name
 * fields as the entity does. The bodies that Spring Data REST reads itself are of the domain type its request
 * names ({@link DataRestBodyTypes}).
 */
@Configuration(proxyBeanMethods = false)
@Import({ RequestBodyNamesConfiguration.Jackson3.class, RequestBodyNamesConfiguration.Jackson2.class,
		RequestBodyNamesConfiguration.DataRest.class })
final class RequestBodyNamesConfiguration {

	/** The body types of every framework the application has: the first that knows a request's answers. */
	private static RequestBodyNames.BodyTypes bodyTypes(ObjectProvider<RequestBodyNames.BodyTypes> provider) {
		List<RequestBodyNames.BodyTypes> all = provider.orderedStream().toList();
		return new RequestBodyNames.BodyTypes() {

			@Override
			public @Nullable Class<?> bodyType(ProblemRequest request) {
				return all.stream()
					.map((types) -> types.bodyType(request))
					.filter((type) -> type != null)
					.findFirst()
					.orElse(null);
			}

			@Override
			public RequestBodyNames.@Nullable References references(ProblemRequest request) {
				return all.stream()
					.map((types) -> types.references(request))
					.filter((references) -> references != null)
					.findFirst()
					.orElse(null);
			}

		};
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(tools.jackson.databind.ObjectMapper.class)
	static final class Jackson3 {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(tools.jackson.databind.ObjectMapper.class)
		RequestBodyNames rootCauseRequestBodyNames(tools.jackson.databind.ObjectMapper mapper,
				ObjectProvider<RequestBodyNames.BodyTypes> bodyTypes) {
			return new RequestBodyNames(new JacksonBodyNames(mapper), bodyTypes(bodyTypes));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(com.fasterxml.jackson.databind.ObjectMapper.class)
	static final class Jackson2 {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(com.fasterxml.jackson.databind.ObjectMapper.class)
		RequestBodyNames rootCauseJackson2RequestBodyNames(com.fasterxml.jackson.databind.ObjectMapper mapper,
				ObjectProvider<RequestBodyNames.BodyTypes> bodyTypes) {
			return new RequestBodyNames(new Jackson2BodyNames(mapper), bodyTypes(bodyTypes));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(PersistentEntityResource.class)
	static final class DataRest {

		@Bean
		@ConditionalOnMissingBean
		DataRestBodyTypes rootCauseDataRestBodyTypes(ObjectProvider<ResourceMappings> mappings) {
			return new DataRestBodyTypes(mappings);
		}

	}

}
