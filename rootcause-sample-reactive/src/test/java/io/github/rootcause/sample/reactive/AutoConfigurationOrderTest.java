package io.github.rootcause.sample.reactive;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.util.ClassUtils;

import io.github.rootcause.spring.autoconfigure.RootCauseR2dbcAutoConfiguration;
import io.github.rootcause.spring.autoconfigure.RootCauseWebFluxAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * rootcause's R2DBC and WebFlux auto-configurations are ordered after Spring Boot's by names that exist: here, on
 * the class path of a reactive application, each Spring Boot 4 name is a class; Spring Boot 3.5's stand beside them.
 */
class AutoConfigurationOrderTest {

	@Test
	void reactiveAutoConfigurationsAreOrderedAfterSpringBootsByNamesThatExist() {
		for (Class<?> type : new Class<?>[] { RootCauseR2dbcAutoConfiguration.class,
				RootCauseWebFluxAutoConfiguration.class }) {
			String[] afterName = type.getAnnotation(AutoConfiguration.class).afterName();
			assertThat(afterName).as(type.getName()).isNotEmpty();
			for (String after : afterName) {
				assertThat(ClassUtils.isPresent(after, getClass().getClassLoader())
						|| after.startsWith("org.springframework.boot.autoconfigure.")).as(after).isTrue();
			}
		}
	}

}
