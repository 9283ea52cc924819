package io.github.rootcause.sample.reactive;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs the reactive sample: {@code ./mvnw -pl rootcause-sample-reactive -am spring-boot:run} (H2 in memory).
 */
@SpringBootApplication
public class ReactiveSampleApplication {

	/**
	 * Starts the application.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		SpringApplication.run(ReactiveSampleApplication.class, args);
	}

}
