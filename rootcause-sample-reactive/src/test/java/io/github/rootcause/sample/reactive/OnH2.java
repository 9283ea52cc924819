package io.github.rootcause.sample.reactive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link OnDatabase @OnDatabase(H2)} for the reactive sample: an in-memory database of its own, named after the
 * fixture's, with the settings of {@code application.yml} ({@code DATABASE_TO_LOWER} is fixed when the database is
 * created, and the fixture's is created without it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@OnDatabase(TestDatabase.H2)
@TestPropertySource(properties = "spring.r2dbc.url="
		+ "r2dbc:h2:mem:///${rootcause.test.schema}_sample?options=DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE")
@interface OnH2 {

}
