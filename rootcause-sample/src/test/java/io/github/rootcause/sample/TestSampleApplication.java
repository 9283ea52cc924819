package io.github.rootcause.sample;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;

/**
 * Runs the sample on a PostgreSQL that Testcontainers starts, for development with Docker:
 * {@code ./mvnw -pl rootcause-sample -am spring-boot:test-run}. Flyway migrates it with
 * {@code db/migration/postgresql}.
 */
public final class TestSampleApplication {

	private TestSampleApplication() {
	}

	/**
	 * Starts a PostgreSQL container and the sample on it.
	 * @param args command line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.from(SampleApplication::main).with(PostgresContainer.class).run(args);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class PostgresContainer {

		@Bean
		@ServiceConnection
		PostgreSQLContainer postgres() {
			return new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
		}

	}

}
