package io.github.rootcause.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.platform.commons.support.AnnotationSupport;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Runs a Spring test class on a database of its own, from the shared {@link DatabaseFixture}: the fixture creates
 * it before the class and drops it after (and skips each test, or fails it when databases are required, when the
 * server is not there), and the application context's data source points at it.
 * <p>
 * The context gets {@code spring.datasource.url}, {@code .username} and {@code .password} from the fixture (and
 * {@code spring.r2dbc.url}, {@code .username} and {@code .password} for the same database when its R2DBC driver
 * is on the class path, see {@link DatabaseFixture#r2dbc()}), and
 * two properties that a module's own settings can use as placeholders: {@code rootcause.test.database}, the
 * engine's name in lower case ({@code h2}, {@code postgresql}, {@code mariadb}), and {@code rootcause.test.schema},
 * the fixture's schema (on H2, its database) name. All of them rank below the test's own properties
 * ({@code @TestPropertySource}, {@code @SpringBootTest(properties)}), which can override or build on them. When the
 * server is not there, each test is skipped before its instance is made, so that no context is loaded.
 * May be used as a meta-annotation.
 */
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(OnDatabase.Fixture.class)
@ContextCustomizerFactories(OnDatabase.Properties.class)
public @interface OnDatabase {

	/**
	 * The database.
	 * @return the engine
	 */
	TestDatabase value();

	/**
	 * Starts and stops the test class's fixture, and skips (or fails) each test before Spring loads its context
	 * when the fixture's server is not there.
	 */
	final class Fixture implements BeforeAllCallback, TestInstancePreConstructCallback, AfterAllCallback {

		private static final Map<Class<?>, DatabaseFixture> fixtures = new ConcurrentHashMap<>();

		@Override
		public void beforeAll(ExtensionContext context) throws Exception {
			Class<?> test = context.getRequiredTestClass();
			DatabaseFixture db = DatabaseFixture.of(database(test));
			fixtures.put(test, db);
			db.beforeAll(context);
		}

		@Override
		public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
			fixtures.get(factoryContext.getTestClass()).beforeEach(context);
		}

		@Override
		public void afterAll(ExtensionContext context) throws Exception {
			fixtures.remove(context.getRequiredTestClass()).afterAll(context);
		}

		/**
		 * The database a test class names, directly or through a meta-annotation.
		 * @param testClass the test class
		 * @return the engine
		 */
		private static TestDatabase database(Class<?> testClass) {
			return AnnotationSupport.findAnnotation(testClass, OnDatabase.class)
				.orElseThrow(() -> new IllegalStateException(testClass + " is not annotated with @OnDatabase"))
				.value();
		}

	}

	/**
	 * Points the context's data source at the test class's fixture.
	 */
	final class Properties implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return AnnotationSupport.isAnnotated(testClass, OnDatabase.class) ? new DataSource(testClass) : null;
		}

		private record DataSource(Class<?> testClass) implements ContextCustomizer {

			@Override
			public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
				DatabaseFixture db = Fixture.fixtures.get(this.testClass);
				Map<String, Object> values = new HashMap<>();
				values.put("spring.datasource.url", db.url());
				values.put("spring.datasource.username", db.user());
				values.put("spring.datasource.password", db.password());
				if (db.hasR2dbc()) {
					values.put("spring.r2dbc.url", db.r2dbcUrl());
					values.put("spring.r2dbc.username", db.user());
					values.put("spring.r2dbc.password", db.password());
				}
				values.put("rootcause.test.database", db.database().name().toLowerCase(Locale.ROOT));
				values.put("rootcause.test.schema", db.schema());
				MapPropertySource properties = new MapPropertySource("rootcause.test.database", values);
				MutablePropertySources sources = context.getEnvironment().getPropertySources();
				String testProperties = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
				if (sources.contains(testProperties)) {
					sources.addAfter(testProperties, properties);
				}
				else {
					sources.addFirst(properties);
				}
			}

		}

	}

}
