package io.github.rootcause.log4j2;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Reconfigurable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import io.github.rootcause.log4j2.CapturedLog.Line;
import io.github.rootcause.spring.logging.Log4j2ViolationLogFilter;
import io.github.rootcause.testing.OnDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under Log4j2, a violation that rootcause answers with a 4xx leaves no event at ERROR, and no event at any level
 * (rootcause's own at TRACE, Hibernate's and the drivers' at Spring Boot's defaults) whose message or throwable holds
 * the SQL, a row value or the database's message; and, so that these tests can fail, with rootcause's
 * {@link Log4j2ViolationLogFilter} taken off Log4j, Hibernate's line with the value is captured. The filter
 * follows Log4j onto a new configuration (a reconfiguration, a changed file that Log4j watches). Run on the
 * database of each subclass's {@link OnDatabase}, seeded before each test with the author {@code ada@example.com}.
 * Each class's context is closed after it, and with it its filter.
 */
@SpringBootTest(classes = BlogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
abstract class CleanLogLog4j2Scenarios {

	/** What no event may hold, ignoring case: the values the tests write, SQL and the databases' messages. */
	private static final List<String> SECRETS = List.of("ada@example.com", "grace@example.com", "insert into",
			"Duplicate entry", "duplicate key", "Key (", "Failing row", "999999", "SQLState: 23");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Log4j2ViolationLogFilter filter;

	private CapturedLog log;

	@BeforeEach
	void seedThenCapture() {
		this.jdbc.update("delete from post");
		this.jdbc.update("delete from author");
		this.jdbc.update("insert into author (email, name) values ('ada@example.com', 'Ada')");
		this.log = CapturedLog.start();
	}

	@AfterEach
	void stopCapturing() {
		this.log.close();
	}

	@Test
	void aDuplicateEmailAnswers409AndLeavesNoErrorAndNoValueInTheLog() throws Exception {
		isProblem(post("/authors", """
				{"email": "ada@example.com", "name": "Ada Again"}"""), 409, "unique");
		logIsClean(409);
	}

	@Test
	void aMissingNameAnswers422AndLeavesNoErrorAndNoValueInTheLog() throws Exception {
		isProblem(post("/authors", """
				{"email": "grace@example.com"}"""), 422, "not-null");
		logIsClean(422);
	}

	@Test
	void aMissingAuthorAnswers404AndLeavesNoErrorAndNoValueInTheLog() throws Exception {
		isProblem(post("/posts", """
				{"authorId": 999999, "title": "Hello"}"""), 404, "foreign-key");
		logIsClean(404);
	}

	@Test
	void aDuplicateEmailAfterLog4jIsReconfiguredLeavesNoValueInTheLog() throws Exception {
		LoggerContext context = (LoggerContext) LogManager.getContext(false);
		context.setConfiguration(((Reconfigurable) context.getConfiguration()).reconfigure());
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel("io.github.rootcause", LogLevel.TRACE);
		this.log.close();
		this.log = CapturedLog.start();
		isProblem(post("/authors", """
				{"email": "ada@example.com", "name": "Ada Again"}"""), 409, "unique");
		logIsClean(409);
	}

	@Test
	void withoutTheFilterHibernatesLineWithTheValueIsCaptured() throws Exception {
		this.filter.destroy();
		try {
			isProblem(post("/authors", """
					{"email": "ada@example.com", "name": "Ada Again"}"""), 409, "unique");
		}
		finally {
			this.filter.afterPropertiesSet();
		}
		assertThat(this.log.lines()).as("Hibernate's line with the value")
			.anyMatch((line) -> line.level() == Level.WARN && line.logger().startsWith("org.hibernate")
					&& line.holds("ada@example.com"));
	}

	private void logIsClean(int status) {
		List<Line> lines = this.log.lines();
		assertThat(lines).as("rootcause's own line for the answer")
			.anyMatch((line) -> line.logger().startsWith("io.github.rootcause")
					&& line.holds("Answered violation of") && line.holds("with " + status));
		assertThat(lines).as("events at ERROR").noneMatch((line) -> line.level().isMoreSpecificThan(Level.ERROR));
		for (String secret : SECRETS) {
			assertThat(lines).as("events that hold " + secret).noneMatch((line) -> line.holds(secret));
		}
	}

	private static void isProblem(HttpResponse<String> response, int status, String kind) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(response.body()).contains("\"kind\":\"" + kind + "\"");
	}

	private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
