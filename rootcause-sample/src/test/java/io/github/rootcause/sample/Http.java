package io.github.rootcause.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/**
 * A small HTTP client for the end-to-end tests: real requests to the running sample, answers as they came.
 */
final class Http {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	Http(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	Response get(String path) {
		return send(request(path).GET());
	}

	Response post(String path, String json) {
		return post(path, "application/json", json);
	}

	Response post(String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)));
	}

	Response delete(String path) {
		return send(request(path).DELETE());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(60));
	}

	private Response send(HttpRequest.Builder request) {
		try {
			var response = this.client.send(request.build(), BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An answer.
	 * @param status the status code
	 * @param contentType the Content-Type header, or empty
	 * @param body the body
	 */
	record Response(int status, String contentType, String body) {

		@Override
		public String toString() {
			return this.status + " " + this.contentType + " " + this.body;
		}

	}

}
