package io.github.rootcause.spring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.github.rootcause.spring.web.RequestBodyNames;

/**
 * Names request body members as the application's Jackson mapper reads them, for both web stacks: Jackson 3's
 * (Spring Boot 4) when the application has one, else Jackson 2's (Spring Boot 3.5). Without either, problems name
 * fields as the entity does.
 */
@Configuration(proxyBeanMethods = false)
@Import({ RequestBodyNamesConfiguration.Jackson3.class, RequestBodyNamesConfiguration.Jackson2.class })
final class RequestBodyNamesConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(tools.jackson.databind.ObjectMapper.class)
	static final class Jackson3 {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(tools.jackson.databind.ObjectMapper.class)
		RequestBodyNames rootCauseRequestBodyNames(tools.jackson.databind.ObjectMapper mapper) {
			return new RequestBodyNames(new JacksonBodyNames(mapper));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(com.fasterxml.jackson.databind.ObjectMapper.class)
	static final class Jackson2 {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(com.fasterxml.jackson.databind.ObjectMapper.class)
		RequestBodyNames rootCauseJackson2RequestBodyNames(com.fasterxml.jackson.databind.ObjectMapper mapper) {
			return new RequestBodyNames(new Jackson2BodyNames(mapper));
		}

	}

}
