package io.github.rootcause.spring.app;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC quotes names by default, which H2 would then read in lower case; the test schemas use unquoted
 * names, as most applications do. Imported by the test applications with Spring Data JDBC aggregates.
 */
@Configuration(proxyBeanMethods = false)
public class UnquotedDataJdbcNames {

	/**
	 * Turns the quoting off.
	 * @return the post-processor
	 */
	@Bean
	static BeanPostProcessor forceQuoteOff() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}

		};
	}

}
