package io.github.rootcause.sample;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link OnDatabase @OnDatabase(H2)} for the sample: the sample gets an in-memory database of its own, named after
 * the fixture's, with the settings of {@code application.yml}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@OnDatabase(TestDatabase.H2)
@TestPropertySource(properties = "spring.datasource.url="
		+ "jdbc:h2:mem:${rootcause.test.schema}_sample;DB_CLOSE_DELAY=-1")
@interface OnH2 {

}
