package io.github.rootcause.sample;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document lists the problem responses of each endpoint, and Swagger UI is served.
 */
class OpenApiDocumentationH2Test extends SampleTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.H2);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		useDatabase(db, registry);
	}

	@Test
	void everyWriteDocumentsItsProblemResponses() {
		Http.Response response = this.http.get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		String docs = response.body();
		assertThat(problemStatuses(docs, "/customers", "post")).containsExactly("409", "422");
		assertThat(problemStatuses(docs, "/customers/{id}", "delete")).containsExactly("409");
		assertThat(problemStatuses(docs, "/products", "post")).containsExactly("409", "422");
		assertThat(problemStatuses(docs, "/orders", "post")).containsExactly("404", "409", "422");
		assertThat(problemStatuses(docs, "/characters", "post")).containsExactly("404", "409", "422");
		assertThat(problemStatuses(docs, "/characters/{id}", "delete")).containsExactly("409");
		assertThat(problemStatuses(docs, "/arena/bookings", "post")).containsExactly("404", "409", "422");
		assertThat(problemStatuses(docs, "/registrations", "post")).containsExactly("422");
		String problem = JsonPath.read(docs,
				"$.paths['/customers'].post.responses['409'].content['application/problem+json'].schema['$ref']");
		assertThat(problem).isEqualTo("#/components/schemas/ProblemDetail");
	}

	@Test
	void swaggerUiIsServed() {
		Http.Response response = this.http.get("/swagger-ui/index.html");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("Swagger UI");
	}

	private static List<String> problemStatuses(String docs, String path, String method) {
		Map<String, Map<String, Object>> responses = JsonPath.read(docs,
				"$.paths['" + path + "']." + method + ".responses");
		return responses.entrySet()
			.stream()
			.filter((response) -> response.getValue().get("content") instanceof Map<?, ?> content
					&& content.containsKey("application/problem+json"))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

}
