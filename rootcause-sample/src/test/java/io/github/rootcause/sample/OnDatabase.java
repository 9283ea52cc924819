package io.github.rootcause.sample;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs a {@link SampleTest} on a database of its own, from the shared {@link DatabaseFixture}: the fixture creates
 * it before the class and drops it after (and skips the class, or fails it under CI's switch, when the server is
 * not there); Flyway migrates it and the sample uses it. On H2 the sample gets an in-memory database of its own,
 * named after the fixture's, with the settings of {@code application.yml} ({@code DATABASE_TO_LOWER} is fixed when
 * the database is created, and the fixture's is created without it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(OnDatabase.Fixture.class)
@ContextCustomizerFactories(OnDatabase.Properties.class)
@interface OnDatabase {

	/**
	 * The database.
	 * @return the database
	 */
	TestDatabase value();

	/**
	 * Starts and stops the test class's fixture.
	 */
	final class Fixture implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

		private static final Map<Class<?>, DatabaseFixture> fixtures = new ConcurrentHashMap<>();

		@Override
		public void beforeAll(ExtensionContext context) throws Exception {
			Class<?> test = context.getRequiredTestClass();
			DatabaseFixture db = DatabaseFixture.of(test.getAnnotation(OnDatabase.class).value());
			fixtures.put(test, db);
			db.beforeAll(context);
		}

		@Override
		public void beforeEach(ExtensionContext context) {
			fixtures.get(context.getRequiredTestClass()).beforeEach(context);
		}

		@Override
		public void afterAll(ExtensionContext context) throws Exception {
			fixtures.remove(context.getRequiredTestClass()).afterAll(context);
		}

	}

	/**
	 * Points the sample's data source at the test class's fixture.
	 */
	final class Properties implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return testClass.isAnnotationPresent(OnDatabase.class) ? new DataSource(testClass) : null;
		}

		private record DataSource(Class<?> testClass) implements ContextCustomizer {

			@Override
			public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
				DatabaseFixture db = Fixture.fixtures.get(this.testClass);
				if (db.url() == null) {
					return; // the server is not there, and the fixture skips each test
				}
				Map<String, Object> properties = new HashMap<>();
				properties.put("spring.datasource.url", (db.database() == TestDatabase.H2)
						? "jdbc:h2:mem:" + db.schema() + "_sample;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE" : db.url());
				properties.put("spring.datasource.username", db.user());
				properties.put("spring.datasource.password", db.password());
				context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("database", properties));
			}

		}

	}

}
