package io.github.rootcause.spring.autoconfigure;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.SqlSessionTemplate;

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

import io.github.rootcause.spring.actuate.RootCauseEndpoint;
import io.github.rootcause.spring.jdbc.ConstraintViolationExceptionTranslator;
import io.github.rootcause.spring.jdbc.ConstraintViolationTranslator;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;
import io.github.rootcause.spring.jdbc.ViolationGuard;
import io.github.rootcause.spring.jooq.ViolationExecuteListener;
import io.github.rootcause.spring.logging.ViolationLogFilter;
import io.github.rootcause.spring.web.ConstraintViolationProblemHandler;
import io.github.rootcause.spring.web.ViolationHandlerExceptionResolver;
import io.github.rootcause.spring.web.ViolationProblemFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which beans each auto-configuration contributes, on an H2 data source, and how they step aside.
 */
class RootCauseAutoConfigurationH2Test {

	private static final AutoConfigurations JDBC = SpringBootAutoConfiguration.of(
			List.of(SpringBootAutoConfiguration.DATA_SOURCE, SpringBootAutoConfiguration.JDBC_TEMPLATE,
					SpringBootAutoConfiguration.DATA_SOURCE_TRANSACTION_MANAGER),
			RootCauseAutoConfiguration.class, RootCauseJdbcAutoConfiguration.class, RootCauseJpaAutoConfiguration.class,
			RootCauseWebAutoConfiguration.class);

	private final ApplicationContextRunner plain = new ApplicationContextRunner().withConfiguration(JDBC)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID());

	private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(JDBC)
		.withConfiguration(SpringBootAutoConfiguration.of(SpringBootAutoConfiguration.WEB_MVC,
				SpringBootAutoConfiguration.HTTP_MESSAGE_CONVERTERS))
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
	void underLogbackOnlyTheLogbackLogFilterIsConfiguredEvenWithLog4jCoreOnTheClassPath() {
		// By name: the Spring Boot lines run this class without log4j-core, where its filter's class cannot load.
		this.plain.run((context) -> assertThat(context).hasSingleBean(ViolationLogFilter.class)
			.doesNotHaveBean("rootCauseLog4j2ViolationLogFilter"));
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
	void repositoriesMyBatisAndJooqTranslateViolationsUnlessTurnedOff() {
		ApplicationContextRunner runner = this.plain
			.withConfiguration(SpringBootAutoConfiguration.of(SpringBootAutoConfiguration.JOOQ))
			.withConfiguration(AutoConfigurations.of(org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration.class,
					RootCauseMyBatisAutoConfiguration.class, RootCauseJooqAutoConfiguration.class));
		runner.run((context) -> {
			assertThat(context).hasSingleBean(ConstraintViolationExceptionTranslator.class)
				.hasBean("rootCauseJooqViolationListenerProvider");
			assertThat(context.getBean(SqlSessionTemplate.class).getPersistenceExceptionTranslator())
				.isInstanceOf(ConstraintViolationExceptionTranslator.class);
			assertThat(context.getBean(DSLContext.class).configuration().executeListenerProviders())
				.anySatisfy((provider) -> assertThat(provider.provide()).isInstanceOf(ViolationExecuteListener.class));
		});
		runner.withPropertyValues("rootcause.jdbc.enabled=false", "rootcause.mybatis.enabled=false",
				"rootcause.jooq.enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(ConstraintViolationExceptionTranslator.class)
					.doesNotHaveBean("rootCauseJooqViolationListenerProvider");
				assertThat(context.getBean(SqlSessionTemplate.class).getPersistenceExceptionTranslator())
					.isNotInstanceOf(ConstraintViolationExceptionTranslator.class);
			});
	}

	@Test
	void theEndpointIsThereOnlyWhenExposedAsSpringBootsOwnAre() {
		WebApplicationContextRunner runner = this.web
			.withConfiguration(SpringBootAutoConfiguration.of(SpringBootAutoConfiguration.ENDPOINT))
			.withConfiguration(AutoConfigurations.of(RootCauseEndpointAutoConfiguration.class));
		runner.run((context) -> assertThat(context).doesNotHaveBean(RootCauseEndpoint.class));
		runner.withPropertyValues("management.endpoints.web.exposure.include=rootcause")
			.run((context) -> assertThat(context).hasSingleBean(RootCauseEndpoint.class));
		runner.withPropertyValues("management.endpoints.web.exposure.include=rootcause",
				"management.endpoint.rootcause.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(RootCauseEndpoint.class));
	}

	@Test
	void twoDataSourcesWithoutAPrimaryOneStartWithoutAViolationGuard() {
		new ApplicationContextRunner().withConfiguration(JDBC).withUserConfiguration(TwoDataSources.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(DataSourceResolvers.class)
				.doesNotHaveBean(ViolationGuard.class));
	}

	@Test
	void everyAutoConfigurationIsImportedAndOrderedAfterSpringBootsByTheNamesOfEveryLine() throws Exception {
		List<String> imported = ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader())
			.getCandidates()
			.stream()
			.filter((name) -> name.startsWith("io.github.rootcause."))
			.toList();
		assertThat(imported).containsExactlyInAnyOrder(RootCauseAutoConfiguration.class.getName(),
				RootCauseJdbcAutoConfiguration.class.getName(), RootCauseJpaAutoConfiguration.class.getName(),
				RootCauseWebAutoConfiguration.class.getName(), RootCauseMyBatisAutoConfiguration.class.getName(),
				RootCauseJooqAutoConfiguration.class.getName(), RootCauseMetricsAutoConfiguration.class.getName(),
				RootCauseEndpointAutoConfiguration.class.getName(), RootCauseOpenApiAutoConfiguration.class.getName(),
				RootCauseGraphQlAutoConfiguration.class.getName(), RootCauseR2dbcAutoConfiguration.class.getName(),
				RootCauseWebFluxAutoConfiguration.class.getName(), RootCauseCatalogAutoConfiguration.class.getName(),
				RootCauseRabbitAutoConfiguration.class.getName(), RootCauseKafkaAutoConfiguration.class.getName(),
				RootCauseBatchAutoConfiguration.class.getName());
		for (String name : imported) {
			AutoConfiguration annotation = Class.forName(name).getAnnotation(AutoConfiguration.class);
			// After Spring Boot's (Kafka's: before, so Boot's listener factory gets its error handler).
			List<String> after = new ArrayList<>(List.of(annotation.afterName()));
			after.addAll(List.of(annotation.beforeName()));
			assertThat(after).as(name).isNotEmpty();
			for (String each : after) {
				SpringBootAutoConfiguration boot = SpringBootAutoConfiguration.named(each).orElse(null);
				if (boot != null) {
					// Spring Boot's own: by its Boot 4 and its Boot 3.5 name, one of which is on this line.
					assertThat(after).as(each).contains(boot.boot4(), boot.boot3());
					assertThat(ClassUtils.isPresent(boot.onThisLine(), getClass().getClassLoader())).isTrue();
				}
				else {
					// A third party's (MyBatis, springdoc), one name on every line.
					assertThat(ClassUtils.isPresent(each, getClass().getClassLoader())).as(each).isTrue();
				}
			}
		}
	}

	@Test
	void configurationMetadataDescribesEveryKeyAndTheReadmeListsEachWithItsDefault() throws Exception {
		JSONArray properties = null;
		for (URL url : Collections.list(getClass().getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream metadata = url.openStream()) {
				String json = new String(metadata.readAllBytes(), StandardCharsets.UTF_8);
				if (json.contains("\"rootcause.enabled\"")) {
					properties = new JSONObject(json).getJSONArray("properties");
				}
			}
		}
		assertThat(properties).as("rootcause's generated metadata").isNotNull();
		String readme = Files.readString(Path.of("../README.md"));
		String reference = readme.substring(readme.indexOf("### Configuration reference"),
				readme.indexOf("### Handler annotations"));
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < properties.length(); i++) {
			JSONObject property = properties.getJSONObject(i);
			String name = property.getString("name");
			assertThat(property.optString("description")).as(name).isNotBlank();
			if (!name.startsWith("rootcause.")) {
				// Spring Boot's own management.endpoint.rootcause.* keys, documented with Actuator's.
				continue;
			}
			if (name.equals("rootcause.constraints")) {
				for (String key : List.of("message", "fields", "status", "on-message")) {
					rows.add("| `rootcause.constraints.<name>." + key + "` | (none) |");
				}
			}
			else {
				assertThat(property.has("defaultValue")).as(name).isTrue();
				rows.add("| `" + name + "` | `" + property.get("defaultValue") + "` |");
			}
		}
		List<String> documented = reference.lines()
			.filter((line) -> line.startsWith("| `rootcause."))
			.map((line) -> line.substring(0, line.indexOf('|', line.indexOf('|', 1) + 1) + 1))
			.toList();
		assertThat(documented).containsExactlyInAnyOrderElementsOf(rows);
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
		ConstraintViolationProblemHandler ownHandler(DataSourceResolvers resolvers, ViolationProblemFactory problems) {
			return new ConstraintViolationProblemHandler(resolvers, problems);
		}

	}

}
