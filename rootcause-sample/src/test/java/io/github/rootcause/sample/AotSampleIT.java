package io.github.rootcause.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample as a native-image build would run it: processed ahead of time by {@code spring-boot:process-aot} (in the
 * package phase of this module's build), its jar started in a JVM of its own with {@code -Dspring.aot.enabled=true},
 * on its default embedded H2 database, with the JVM that runs the test. It must start from the generated bean
 * definitions (Spring Boot says "AOT-processed" as it starts) and answer the whole walkthrough exactly as the plain
 * sample does ({@link Walkthrough}).
 */
class AotSampleIT {

	private static final Duration STARTUP = Duration.ofSeconds(120);

	private static Process sample;

	private static Path log;

	private static Http http;

	@BeforeAll
	static void startTheAotProcessedJar() throws Exception {
		Path jar = Path.of(System.getProperty("rootcause.sample.jar", "target/rootcause-sample.jar"));
		assertThat(jar).as("the sample's jar, packaged with its AOT-generated classes").isRegularFile();
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		log = Files.createTempFile("rootcause-aot-sample", ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		sample = new ProcessBuilder(java, "-Dspring.aot.enabled=true", "-jar", jar.toString(),
				"--server.port=" + port)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		http = new Http(port);
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (!isUp()) {
			assertThat(sample.isAlive()).as("the sample exited: %s", output()).isTrue();
			assertThat(System.nanoTime()).as("the sample did not start in %s: %s", STARTUP, output())
				.isLessThan(deadline);
			Thread.sleep(250);
		}
	}

	private static boolean isUp() {
		try {
			return http.get("/actuator/health").status() == 200;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@AfterAll
	static void stop() throws Exception {
		if (sample != null) {
			sample.destroy();
			if (!sample.waitFor(30, TimeUnit.SECONDS)) {
				sample.destroyForcibly();
			}
		}
	}

	@Test
	void theSampleStartsFromItsAheadOfTimeGeneratedContext() throws IOException {
		assertThat(output()).contains("Starting AOT-processed SampleApplication");
	}

	@Test
	void theAotProcessedSampleAnswersTheWalkthroughAsThePlainOneDoesAndLogsNoError() throws IOException {
		Walkthrough.replay(http, false, true);
		List<String> errors = output().lines().filter((line) -> line.contains(" ERROR ")).toList();
		assertThat(errors).isEmpty();
	}

	private static String output() throws IOException {
		return Files.readString(log, StandardCharsets.UTF_8);
	}

}
