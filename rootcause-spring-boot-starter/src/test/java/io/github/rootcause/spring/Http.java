package io.github.rootcause.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;


import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import io.github.rootcause.testing.ExpectedProblems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests over real HTTP to a test application on a local port, and the checks on their answers that every
 * web test of the starter shares.
 *
 * @param port the application's port
 * @param secrets values that no problem body may hold (SQL, row values, column names, stack traces)
 */
public record Http(int port, List<String> secrets) {

	public Response get(String path) {
		return exchange(client().get().uri(path));
	}

	public Response post(String path, String json) {
		return exchange(client().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json));
	}

	public Response put(String path, String json) {
		return exchange(client().put().uri(path).contentType(MediaType.APPLICATION_JSON).body(json));
	}

	/**
	 * A {@code PUT} of a {@code text/uri-list} body, as Spring Data REST binds an association resource.
	 * @param path the association resource
	 * @param uris the URIs, one a line
	 * @return the response
	 */
	public Response putUris(String path, String... uris) {
		return exchange(client().put().uri(path).contentType(MediaType.parseMediaType("text/uri-list"))
				.body(String.join("\n", uris)));
	}

	public Response delete(String path) {
		return exchange(client().delete().uri(path));
	}

	private RestClient client() {
		return RestClient.create("http://localhost:" + this.port);
	}

	private Response exchange(RestClient.RequestHeadersSpec<?> request) {
		return request.exchange((clientRequest, response) -> {
			try {
				MediaType type = response.getHeaders().getContentType();
				return new Response(response.getStatusCode().value(), (type != null) ? type.toString() : null,
						new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8), this.secrets);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * A response: status, content type and body.
	 * @param status the status
	 * @param contentType the content type, or {@code null}
	 * @param body the body
	 * @param secrets values the body must not hold
	 */
	public record Response(int status, String contentType, String body, List<String> secrets) {

		/**
		 * Asserts an exact problem body, its status and media type, and that nothing secret leaked.
		 * @param expectedStatus the status
		 * @param expectedJson the exact JSON body
		 * @return this response
		 */
		public Response isProblem(int expectedStatus, String expectedJson) {
			assertThat(this.status).as(this.body).isEqualTo(expectedStatus);
			assertThat(this.contentType).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			ExpectedProblems.assertMatches(expectedJson, this.body);
			return leaksNothing();
		}

		/**
		 * Asserts that the body holds no SQL, value, column or stack trace.
		 * @return this response
		 */
		public Response leaksNothing() {
			for (String secret : this.secrets) {
				assertThat(this.body).as("leaks " + secret).doesNotContainIgnoringCase(secret);
			}
			return this;
		}

	}

}
