package io.github.rootcause.fresh;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh application answers a duplicate insert with the same 409 problem, byte for byte, on every Spring Boot
 * line it is built on (the modules {@code spring-boot-3.5} and {@code spring-boot-4.1} run this one class).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class FreshApplicationH2Test {

	@LocalServerPort
	private int port;

	@Test
	void aDuplicateEmailIsAnsweredWithTheSame409ProblemOnEveryLine(CapturedOutput output) throws Exception {
		assertThat(open("ada@example.com").statusCode()).isEqualTo(201);
		HttpResponse<String> duplicate = open("ada@example.com");
		assertThat(duplicate.statusCode()).isEqualTo(409);
		assertThat(duplicate.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(duplicate.body()).isEqualTo("""
				{"type":"urn:rootcause:problem:unique","title":"Already exists","status":409,\
				"detail":"A record with the same email already exists.","instance":"/accounts","kind":"unique",\
				"constraint":"uq_account_email","errors":[{"pointer":"#/email","field":"email","code":"unique",\
				"detail":"must be unique"}]}""");
		assertThat(output.getAll()).as("the log of a 4xx").doesNotContain(" ERROR ", "ada@example.com");
	}

	@Test
	void aMissingEmailIsAnsweredWith422NamingTheField() throws Exception {
		HttpResponse<String> missing = post("{}");
		assertThat(missing.statusCode()).isEqualTo(422);
		assertThat(missing.body()).contains("\"kind\":\"not-null\"", "\"field\":\"email\"")
			.doesNotContain("insert", "SQL", "Exception");
	}

	private HttpResponse<String> open(String email) throws IOException, InterruptedException {
		return post("{\"email\":\"" + email + "\"}");
	}

	private HttpResponse<String> post(String json) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/accounts"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
