package io.github.rootcause.spring;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.JpaDialect;

import io.github.rootcause.spring.app.StoreApplication;
import io.github.rootcause.spring.jdbc.ConstraintViolation;
import io.github.rootcause.spring.jdbc.ConstraintViolationTranslator;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jpa.HibernateEntityModel;
import io.github.rootcause.spring.overrides.AmbiguousAdvice;
import io.github.rootcause.spring.overrides.TypoAdvice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What happens at startup, on H2: constraint names that do not exist, ambiguous handlers, and turning rootcause
 * (or its JPA part) off.
 */
class StartupH2Test {

	@Test
	void anUnknownConstraintNameInThePropertiesFailsStartupListingTheNamesThatExist() {
		assertThatException()
			.isThrownBy(() -> start(WebApplicationType.NONE, "rootcause.constraints.[uq_nope].message=x"))
			.satisfies((ex) -> assertThat(rootCause(ex).getMessage()).contains("uq_nope")
				.contains("rootcause.constraints.uq_nope")
				.contains("uq_customer_email")
				.contains("fk_order_customer")
				.contains("rootcause.validation.mode=warn"));
	}

	@Test
	void anUnknownConstraintNameInAHandlerAnnotationFailsStartupNamingTheMethod() {
		assertThatException().isThrownBy(() -> start(WebApplicationType.SERVLET, TypoAdvice.class))
			.satisfies((ex) -> assertThat(rootCause(ex).getMessage())
				.contains("uq_customer_emial (TypoAdvice.typo)")
				.contains("uq_customer_email"));
	}

	@Test
	void constraintNamesThatOnlyTheHibernateMappingDeclaresAreUnknownSinceTheDatabaseNeverReportsThem() {
		assertThatException()
			.isThrownBy(() -> start(WebApplicationType.NONE, "rootcause.constraints.[ck_order_model_only].message=x"))
			.satisfies((ex) -> assertThat(rootCause(ex).getMessage()).contains("ck_order_model_only (rootcause")
				.contains("uq_customer_email")
				.doesNotContain("uq_customer_name_model_only"));
	}

	@Test
	void anUnknownConstraintNameOnlyWarnsWhenConfiguredTo() {
		try (ConfigurableApplicationContext context = start(WebApplicationType.NONE,
				"rootcause.constraints.[uq_nope].message=x", "rootcause.validation.mode=warn")) {
			assertThat(context.isActive()).isTrue();
		}
	}

	@Test
	void twoEquallySpecificHandlersFailStartup() {
		assertThatException().isThrownBy(() -> start(WebApplicationType.SERVLET, AmbiguousAdvice.class))
			.satisfies((ex) -> assertThat(rootCause(ex).getMessage()).startsWith(
					"Equally specific constraint violation handlers would handle the same violation")
				.contains("AmbiguousAdvice.one()")
				.contains("AmbiguousAdvice.other()"));
	}

	@Test
	void rootcauseEnabledFalseLeavesEverythingAlone() {
		try (ConfigurableApplicationContext context = start(WebApplicationType.NONE, "rootcause.enabled=false")) {
			assertThat(context.getBeanNamesForType(DataSourceResolvers.class)).isEmpty();
			assertThat(context.getBean(JdbcTemplate.class).getExceptionTranslator())
				.isNotInstanceOf(ConstraintViolationTranslator.class);
		}
	}

	@Test
	void rootcauseJpaEnabledFalseLeavesTheJpaDialectAndModelAlone() throws SQLException {
		try (ConfigurableApplicationContext context = start(WebApplicationType.NONE, "rootcause.jpa.enabled=false")) {
			assertThat(context.getBeanNamesForType(HibernateEntityModel.class)).isEmpty();
			JpaDialect dialect = ((EntityManagerFactoryInfo) context.getBean(EntityManagerFactory.class))
				.getJpaDialect();
			assertThat(dialect.translateExceptionIfPossible(new ConstraintViolationException("insert",
					duplicateEmail(context.getBean(DataSource.class)), null)))
				.isInstanceOf(DataIntegrityViolationException.class)
				.isNotInstanceOf(ConstraintViolation.class);
		}
	}

	private static SQLException duplicateEmail(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			String insert = "insert into customer (email_address, name) values ('taken@example.com', 'Taken')";
			statement.executeUpdate(insert);
			return catchThrowableOfType(SQLException.class, () -> statement.executeUpdate(insert));
		}
	}

	private static ConfigurableApplicationContext start(WebApplicationType type, Object... extra) {
		List<Class<?>> sources = new ArrayList<>(List.of(StoreApplication.class));
		List<String> properties = new ArrayList<>(List.of(
				"spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"spring.sql.init.platform=h2", "server.port=0"));
		for (Object item : extra) {
			if (item instanceof Class<?> source) {
				sources.add(source);
			}
			else {
				properties.add((String) item);
			}
		}
		return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(type)
			.properties(properties.toArray(String[]::new))
			.run();
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
