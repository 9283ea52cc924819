package io.github.rootcause.sample;

import com.jayway.jsonpath.JsonPath;
import org.json.JSONException;
import org.junit.jupiter.api.BeforeEach;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import io.github.rootcause.testing.ExpectedProblems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the end-to-end tests: the whole sample on a random port, on the database that the concrete class
 * names with {@link io.github.rootcause.testing.OnDatabase} (or {@link OnH2}), reached over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
abstract class SampleTest {

	@LocalServerPort
	private int port;

	protected Http http;

	@BeforeEach
	void connect() {
		this.http = new Http(this.port);
	}

	static void assertCreated(Http.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.contentType()).isEqualTo("application/json");
	}

	/**
	 * Asserts a problem response, its status and its exact body (every member, nothing more).
	 * @param response the answer
	 * @param status the expected status
	 * @param body the expected body
	 */
	static void assertProblem(Http.Response response, int status, String body) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertJson(response.body(), body);
	}

	/**
	 * Asserts rootcause's standard answer to a unique (409) or check (422) violation that the constraint's message
	 * reports on one field: the exact body, every member.
	 * @param response the answer
	 * @param kind {@code unique} or {@code check}
	 * @param constraint the constraint's name
	 * @param field the field the error names
	 * @param message the constraint's message, the problem's detail and the error's
	 * @param instance the request path
	 */
	static void assertViolation(Http.Response response, String kind, String constraint, String field, String message,
			String instance) {
		assertProblem(response, ExpectedProblems.status(kind),
				ExpectedProblems.violation(kind, constraint, field, message, instance));
	}

	/**
	 * Asserts rootcause's standard answer to a NOT NULL violation: 422, naming the field (there is no constraint
	 * name to report).
	 * @param response the answer
	 * @param field the field that had no value
	 * @param instance the request path
	 */
	static void assertMissingValue(Http.Response response, String field, String instance) {
		assertProblem(response, 422, ExpectedProblems.missingValue(field, instance));
	}

	static void assertJson(String actual, String expected) {
		try {
			JSONAssert.assertEquals("Body: " + actual, expected, actual, JSONCompareMode.STRICT);
		}
		catch (JSONException ex) {
			throw new AssertionError("Not JSON: " + actual, ex);
		}
	}

	static long id(Http.Response response) {
		return ((Number) JsonPath.read(response.body(), "$.id")).longValue();
	}

}
