package io.github.rootcause.spring.app;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * A small store: customers and orders through JPA, JdbcTemplate and JdbcClient, club members through Spring Data
 * JDBC. Each endpoint writes through one path, so a test names the path it proves. Its constraint settings are in
 * {@code store.properties}.
 */
@SpringBootApplication
@PropertySource("classpath:store.properties")
public class StoreApplication {

	/**
	 * Spring Data JDBC quotes names by default, which H2 would then read in lower case; the schema scripts use
	 * unquoted names, as most applications do.
	 * @return the post-processor
	 */
	@Bean
	static BeanPostProcessor unquotedDataJdbcNames() {
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
