package io.github.rootcause.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A shop and a game on Spring Boot whose database constraints do the checking, and whose every constraint
 * violation answers with a precise ProblemDetail. Runs on an embedded H2 database; the {@code postgres} and
 * {@code mariadb} profiles point it at local servers, and the {@code rabbit} profile adds the storefront's event
 * consumer on a local RabbitMQ broker.
 */
@SpringBootApplication
public class SampleApplication {

	/**
	 * Starts the sample.
	 * @param args command line arguments, for example {@code --spring.profiles.active=postgres}
	 */
	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
