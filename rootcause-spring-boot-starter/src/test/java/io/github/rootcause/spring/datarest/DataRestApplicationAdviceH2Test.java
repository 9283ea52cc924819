package io.github.rootcause.spring.datarest;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.github.rootcause.spring.Http;
import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library with an advice of its own that names {@code DataIntegrityViolationException}: the application chose
 * it, so it answers the violations of Spring Data REST's repositories, as it would those of a controller of its
 * own (Spring Data REST's default advice is no choice of the application's). The ranking is the same on every
 * database, so this runs on H2 only.
 */
@OnDatabase(TestDatabase.H2)
@Import(DataRestApplicationAdviceH2Test.LibraryAdvice.class)
class DataRestApplicationAdviceH2Test extends LibraryScenarios {

	@Test
	void anAdviceOfTheApplicationNamingDataIntegrityViolationExceptionWinsOverRootcause() {
		Http.Response response = http().post("/authors", """
				{"name": "Other", "mail": "taken@example.com"}""");
		assertThat(response.status()).as(response.body()).isEqualTo(409);
		assertThat(response.contentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
		assertThat(response.body()).isEqualTo("{\"answered_by\":\"library advice\"}");
	}

	@RestControllerAdvice
	static class LibraryAdvice {

		@ExceptionHandler(DataIntegrityViolationException.class)
		ResponseEntity<Map<String, String>> conflict() {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("answered_by", "library advice"));
		}

	}

}
