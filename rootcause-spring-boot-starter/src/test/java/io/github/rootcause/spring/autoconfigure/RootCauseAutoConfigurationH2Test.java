package io.github.rootcause.spring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.ClassUtils;

import io.github.rootcause.spring.jdbc.ConstraintViolationTranslator;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.ViolationGuard;
import io.github.rootcause.spring.web.ConstraintViolationProblemHandler;
import io.github.rootcause.spring.web.ViolationHandlerExceptionResolver;
import io.github.rootcause.spring.web.ViolationProblemFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which beans each auto-configuration contributes, on an H2 data source, and how they step aside.
 */
class RootCauseAutoConfigurationH2Test {

	private static final AutoConfigurations JDBC = AutoConfigurations.of(
			org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration.class,
			org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration.class,
			org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration.class,
			RootCauseAutoConfiguration.class, RootCauseJdbcAutoConfiguration.class,
			RootCauseJpaAutoConfiguration.class, RootCauseWebAutoConfiguration.class);

	private final ApplicationContextRunner plain = new ApplicationContextRunner().withConfiguration(JDBC)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID());

	private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(JDBC)
		.withConfiguration(AutoConfigurations.of(
				org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
				org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID());

	@Test
	void withoutAWebApplicationOnlyTranslationIsConfigured() {
		this.plain.run((context) -> {
			assertThat(context).hasSingleBean(DataSourceResolvers.class)
				.hasSingleBean(ViolationGuard.class)
				.doesNotHaveBean(ConstraintViolationProblemHandler.class)
				.doesNotHaveBean(ViolationHandlerExceptionResolver.class);
			assertThat(context.getBean(JdbcTemplate.class).getExceptionTranslator())
				.isInstanceOf(ConstraintViolationTranslator.class);
			assertThat(((JdbcTemplate) context.getBean(NamedParameterJdbcTemplate.class).getJdbcOperations())
				.getExceptionTranslator()).isInstanceOf(ConstraintViolationTranslator.class);
		});
	}

	@Test
	void inAWebApplicationTheProblemHandlerAndTheAnnotationResolverAreConfigured() {
		this.web.run((context) -> assertThat(context).hasSingleBean(ConstraintViolationProblemHandler.class)
			.hasSingleBean(ViolationProblemFactory.class)
			.hasSingleBean(ViolationHandlerExceptionResolver.class));
	}

	@Test
	void theApplicationsProblemHandlerReplacesTheDefault() {
		this.web.withUserConfiguration(OwnHandler.class)
			.run((context) -> assertThat(context).hasSingleBean(ConstraintViolationProblemHandler.class)
				.hasBean("ownHandler"));
	}

	@Test
	void eachConcernCanBeTurnedOff() {
		this.web.withPropertyValues("rootcause.web.enabled=false", "rootcause.jdbc.enabled=false")
			.run((context) -> {
				assertThat(context).hasSingleBean(DataSourceResolvers.class)
					.doesNotHaveBean(ConstraintViolationProblemHandler.class);
				assertThat(context.getBean(JdbcTemplate.class).getExceptionTranslator())
					.isNotInstanceOf(ConstraintViolationTranslator.class);
			});
		this.web.withPropertyValues("rootcause.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DataSourceResolvers.class)
				.doesNotHaveBean(ConstraintViolationProblemHandler.class));
	}

	@Test
	void twoDataSourcesWithoutAPrimaryOneStartWithoutAViolationGuard() {
		new ApplicationContextRunner().withConfiguration(JDBC).withUserConfiguration(TwoDataSources.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(DataSourceResolvers.class)
				.doesNotHaveBean(ViolationGuard.class));
	}

	@Test
	void everyAutoConfigurationIsImportedAndOrderedAfterSpringBootsByNamesThatExist() throws Exception {
		List<String> imported = ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader())
			.getCandidates()
			.stream()
			.filter((name) -> name.startsWith("io.github.rootcause."))
			.toList();
		assertThat(imported).containsExactlyInAnyOrder(RootCauseAutoConfiguration.class.getName(),
				RootCauseJdbcAutoConfiguration.class.getName(), RootCauseJpaAutoConfiguration.class.getName(),
				RootCauseWebAutoConfiguration.class.getName());
		for (String name : imported) {
			AutoConfiguration annotation = Class.forName(name).getAnnotation(AutoConfiguration.class);
			assertThat(annotation.afterName()).as(name).isNotEmpty();
			for (String after : annotation.afterName()) {
				assertThat(ClassUtils.isPresent(after, getClass().getClassLoader())).as(after).isTrue();
			}
		}
	}

	@Test
	void configurationMetadataDescribesEveryKey() throws IOException {
		try (InputStream metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(metadata).isNotNull();
			String json = new String(metadata.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(json).contains("\"rootcause.enabled\"", "\"rootcause.web.status.foreign-key-missing\"",
					"\"rootcause.constraints\"", "\"rootcause.validation.mode\"", "\"rootcause.web.type-base-uri\"");
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSources {

		@Bean
		DataSource one() {
			return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + UUID.randomUUID());
		}

		@Bean
		DataSource two() {
			return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + UUID.randomUUID());
		}

		@Bean
		PlatformTransactionManager transactionManager(@Qualifier("one") DataSource one) {
			return new DataSourceTransactionManager(one);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnHandler {

		@Bean
		ConstraintViolationProblemHandler ownHandler(DataSourceResolvers resolvers, ViolationProblemFactory problems,
				RootCauseProperties properties) {
			return new ConstraintViolationProblemHandler(resolvers, problems, properties);
		}

	}

}
