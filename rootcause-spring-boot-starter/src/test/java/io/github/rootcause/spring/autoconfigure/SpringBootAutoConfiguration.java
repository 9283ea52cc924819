package io.github.rootcause.spring.autoconfigure;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.util.ClassUtils;

/**
 * The Spring Boot auto-configurations rootcause's are ordered after, and the tests start, by their names on
 * Spring Boot 4 (a module per technology) and on Spring Boot 3.5 (all in {@code spring-boot-autoconfigure}), so the
 * same tests run on every line.
 */
enum SpringBootAutoConfiguration {

	DATA_SOURCE("org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"),

	JDBC_TEMPLATE("org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
			"org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration"),

	DATA_SOURCE_TRANSACTION_MANAGER(
			"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
			"org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration"),

	DATA_JDBC_REPOSITORIES("org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration",
			"org.springframework.boot.autoconfigure.data.jdbc.JdbcRepositoriesAutoConfiguration"),

	HIBERNATE_JPA("org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
			"org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration"),

	JOOQ("org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration",
			"org.springframework.boot.autoconfigure.jooq.JooqAutoConfiguration"),

	RABBIT("org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
			"org.springframework.boot.autoconfigure.amqp.RabbitAutoConfiguration"),

	KAFKA("org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
			"org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration"),

	BATCH("org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
			"org.springframework.boot.autoconfigure.batch.BatchAutoConfiguration"),

	GRAPHQL("org.springframework.boot.graphql.autoconfigure.GraphQlAutoConfiguration",
			"org.springframework.boot.autoconfigure.graphql.GraphQlAutoConfiguration"),

	WEB_MVC("org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
			"org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration"),

	HTTP_MESSAGE_CONVERTERS("org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration",
			"org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration"),

	JACKSON("org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
			"org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration"),

	COMPOSITE_METER_REGISTRY(
			"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
			"org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"),

	OBSERVATION("org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
			"org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration"),

	R2DBC("org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
			"org.springframework.boot.autoconfigure.r2dbc.R2dbcAutoConfiguration"),

	R2DBC_TRANSACTION_MANAGER("org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
			"org.springframework.boot.autoconfigure.r2dbc.R2dbcTransactionManagerAutoConfiguration"),

	DATA_R2DBC("org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration",
			"org.springframework.boot.autoconfigure.data.r2dbc.R2dbcDataAutoConfiguration"),

	WEB_FLUX("org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration",
			"org.springframework.boot.autoconfigure.web.reactive.WebFluxAutoConfiguration"),

	ENDPOINT("org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
			"org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration");

	private final String boot4;

	private final String boot3;

	SpringBootAutoConfiguration(String boot4, String boot3) {
		this.boot4 = boot4;
		this.boot3 = boot3;
	}

	/** Its name on Spring Boot 4. */
	String boot4() {
		return this.boot4;
	}

	/** Its name on Spring Boot 3.5. */
	String boot3() {
		return this.boot3;
	}

	/** Its name on the line the tests run on. */
	String onThisLine() {
		ClassLoader loader = SpringBootAutoConfiguration.class.getClassLoader();
		if (ClassUtils.isPresent(this.boot4, loader)) {
			return this.boot4;
		}
		if (ClassUtils.isPresent(this.boot3, loader)) {
			return this.boot3;
		}
		throw new IllegalStateException(name() + " is on neither line's class path: " + this.boot4 + ", "
				+ this.boot3);
	}

	/** The auto-configuration that goes by the name on either line. */
	static Optional<SpringBootAutoConfiguration> named(String name) {
		return Arrays.stream(values()).filter((c) -> c.boot4.equals(name) || c.boot3.equals(name)).findFirst();
	}

	/** The auto-configurations, as this line names them. */
	static AutoConfigurations of(SpringBootAutoConfiguration... configurations) {
		return of(List.of(configurations));
	}

	/** Spring Boot's auto-configurations, as this line names them, and others. */
	static AutoConfigurations of(List<SpringBootAutoConfiguration> boot, Class<?>... others) {
		ClassLoader loader = SpringBootAutoConfiguration.class.getClassLoader();
		return AutoConfigurations.of(Stream.concat(
				boot.stream().map((c) -> ClassUtils.resolveClassName(c.onThisLine(), loader)), Stream.of(others))
			.toArray(Class<?>[]::new));
	}

}
