package io.github.rootcause.sample.reactive;

import java.util.Objects;

import org.json.JSONException;
import org.junit.jupiter.api.BeforeEach;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.github.rootcause.testing.ExpectedProblems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the reactive sample's end-to-end tests: the whole sample on a random port, on the database that the
 * concrete class names with {@link io.github.rootcause.testing.OnDatabase} (or {@link OnH2}), reached over real
 * HTTP with a {@link WebTestClient}. The expected problems are those of the servlet sample's {@code SampleTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.sql.init.platform=${rootcause.test.database}")
@DirtiesContext
abstract class ReactiveSampleTest {

	@LocalServerPort
	private int port;

	WebTestClient http;

	@BeforeEach
	void connect() {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	/** An answer: status, content type and body. */
	record Response(int status, String contentType, String body) {
	}

	Response post(String path, String json) {
		return answer(this.http.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange());
	}

	Response delete(String path) {
		return answer(this.http.delete().uri(path).exchange());
	}

	private static Response answer(WebTestClient.ResponseSpec spec) {
		EntityExchangeResult<byte[]> result = spec.expectBody().returnResult();
		MediaType type = result.getResponseHeaders().getContentType();
		byte[] body = result.getResponseBody();
		return new Response(result.getStatus().value(), Objects.toString(type, ""),
				(body != null) ? new String(body, java.nio.charset.StandardCharsets.UTF_8) : "");
	}

	static void assertCreated(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

	static void assertProblem(Response response, int status, String body) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertJson(response.body(), body);
	}

	/** The servlet sample's answer to a unique (409) or check (422) violation that its constraint's message reports. */
	static void assertViolation(Response response, String kind, String constraint, String field, String message,
			String instance) {
		assertProblem(response, ExpectedProblems.status(kind),
				ExpectedProblems.violation(kind, constraint, field, message, instance));
	}

	/** The servlet sample's answer to a NOT NULL violation: 422, naming the field. */
	static void assertMissingValue(Response response, String field, String instance) {
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

	static long id(Response response) {
		try {
			return new org.json.JSONObject(response.body()).getLong("id");
		}
		catch (JSONException ex) {
			throw new AssertionError("No id in " + response, ex);
		}
	}

}
