package io.github.rootcause.reactive.handlers;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.github.rootcause.testing.ExpectedProblems;
import io.github.rootcause.testing.OnDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * rootcause's handler annotations and the rules of precedence on WebFlux controllers and advice, over real HTTP, on
 * the database each subclass names (an application with its own catch-all advice): a controller's own data access {@code @ExceptionHandler}, then the most specific {@code @OnUniqueViolation}
 * and siblings (returning {@code ProblemDetail} or {@code Mono<ResponseEntity>}), never an advice's catch-all, then
 * rootcause's problem in the exchange's locale.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.sql.init.schema-locations=classpath:handlers-schema-${rootcause.test.database}.sql",
		"spring.sql.init.mode=always", "spring.messages.basename=handlers-messages" })
abstract class HandlerAnnotationsScenarios {

	@LocalServerPort
	private int port;

	private WebTestClient http;

	@BeforeEach
	void connect() {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void controllersOwnOnUniqueViolationAnswersWithItsProblemDetail() {
		post("/members", "{\"handle\": \"ann\"}", null);
		EntityExchangeResult<byte[]> answer = post("/members", "{\"handle\": \"ann\"}", null);
		assertThat(answer.getStatus().value()).isEqualTo(409);
		assertThat(answer.getResponseHeaders().getContentType()).hasToString("application/problem+json");
		assertJson(answer, """
				{"title": "Handle taken", "status": 409,
				 "detail": "Handle taken (uq_member_handle)", "instance": "/members"}
				""");
	}

	@Test
	void advicesOnUniqueViolationReturningAMonoWinsOverACatchAllOfHigherPrecedence() {
		post("/tickets/T-1", "", null);
		EntityExchangeResult<byte[]> answer = post("/tickets/T-1", "", null);
		assertThat(answer.getStatus().value()).isEqualTo(409);
		assertJson(answer, """
				{"handledBy": "advice", "fields": [], "typed": true}
				""");
	}

	@Test
	void theCatchAllStillAnswersWhatIsNoViolation() {
		EntityExchangeResult<byte[]> answer = post("/tickets/T-2/boom", "", null);
		assertThat(answer.getStatus().value()).isEqualTo(500);
		assertJson(answer, "{\"handledBy\": \"catch-all\"}");
	}

	@Test
	void controllersOwnDataAccessExceptionHandlerWinsOverTheAdvicesOnUniqueViolation() {
		post("/own/O-1", "", null);
		EntityExchangeResult<byte[]> answer = post("/own/O-1", "", null);
		assertThat(answer.getStatus().value()).isEqualTo(409);
		assertJson(answer, "{\"handledBy\": \"controller\"}");
	}

	@Test
	void violationNoHandlerNamesGetsRootCausesProblemInTheExchangesLocale() {
		EntityExchangeResult<byte[]> answer = post("/members", "{\"handle\": \"kid\", \"age\": 9}", "de");
		assertThat(answer.getStatus().value()).isEqualTo(422);
		assertJson(answer, """
				{"type": "urn:rootcause:problem:check", "title": "Ungültiger Wert", "status": 422,
				 "detail": "Der Wert von age ist nicht erlaubt.", "instance": "/members", "kind": "check",
				 "constraint": "ck_member_age",
				 "errors": [{"pointer": "#/age", "field": "age", "code": "check", "detail": "ist nicht erlaubt"}]}
				""");
	}

	@Test
	void violationOfAFunctionalEndpointGetsRootCausesProblemWhoseErrorHasNoPointerForARequestWithoutBody() {
		EntityExchangeResult<byte[]> answer = post("/functional/members/young/12", "", null);
		assertThat(answer.getStatus().value()).isEqualTo(422);
		assertThat(answer.getResponseHeaders().getContentType()).hasToString("application/problem+json");
		assertJson(answer, """
				{"type": "urn:rootcause:problem:check", "title": "Invalid value", "status": 422,
				 "detail": "The value of age is not allowed.", "instance": "/functional/members/young/12",
				 "kind": "check", "constraint": "ck_member_age",
				 "errors": [{"field": "age", "code": "check", "detail": "is not allowed"}]}
				""");
	}

	private EntityExchangeResult<byte[]> post(String path, String json, String language) {
		WebTestClient.RequestBodySpec request = this.http.post().uri(path).contentType(MediaType.APPLICATION_JSON);
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return request.bodyValue(json).exchange().expectBody().returnResult();
	}


	private static void assertJson(EntityExchangeResult<byte[]> answer, String expected) {
		ExpectedProblems.assertMatches(expected, new String(answer.getResponseBody(), StandardCharsets.UTF_8));
	}

}
