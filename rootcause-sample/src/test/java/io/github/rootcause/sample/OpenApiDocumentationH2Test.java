package io.github.rootcause.sample;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document lists the problem responses of each endpoint, and Swagger UI is served.
 */
@OnH2
class OpenApiDocumentationH2Test extends SampleTest {

	@Test
	void everyEndpointDocumentsEachProblemItAnswersWith() {
		Http.Response response = this.http.get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		Map<String, List<String>> problems = new TreeMap<>();
		JsonPath.<Map<String, Map<String, Object>>>read(response.body(), "$.paths")
			.forEach((path, methods) -> methods.keySet()
				.forEach((method) -> problems.put(method + " " + path,
						problemStatuses(response.body(), path, method))));
		assertThat(problems).isEqualTo(new TreeMap<>(Map.ofEntries(
				Map.entry("post /customers", List.of("400", "409", "422")),
				Map.entry("get /customers/{id}", List.of("400", "404")),
				Map.entry("delete /customers/{id}", List.of("400", "409")),
				Map.entry("get /customers/{id}/orders", List.of("400")),
				Map.entry("post /products", List.of("400", "409", "422")),
				Map.entry("get /products/{id}", List.of("400", "404")),
				Map.entry("post /orders", List.of("400", "404", "409", "422")),
				Map.entry("get /orders/{id}", List.of("400", "404")),
				Map.entry("post /characters", List.of("400", "404", "409", "422")),
				Map.entry("get /characters/{id}", List.of("400", "404")),
				Map.entry("delete /characters/{id}", List.of("400", "409")),
				Map.entry("post /characters/{id}/retirement", List.of("400", "404")),
				Map.entry("post /characters/{id}/return", List.of("400", "404", "409")),
				Map.entry("post /arena/bookings", List.of("400", "404", "409", "422")),
				Map.entry("post /registrations", List.of("400", "422")))));
		String problem = JsonPath.read(response.body(),
				"$.paths['/customers'].post.responses['409'].content['application/problem+json'].schema['$ref']");
		assertThat(problem).isEqualTo("#/components/schemas/ProblemDetail");
		Map<String, Object> created = JsonPath.read(response.body(),
				"$.paths['/customers'].post.responses['201'].content");
		assertThat(created).containsOnlyKeys("application/json");
		assertThat(JsonPath.<Map<String, Object>>read(response.body(), "$.components.schemas.ProblemDetail.properties"))
			.containsKeys("type", "title", "status", "detail", "instance");
	}

	@Test
	void theDocumented400IsAProblem() {
		assertProblem(this.http.post("/customers", "{\"email\": "), 400, """
				{"title": "Bad Request", "status": 400, "detail": "Failed to read request", "instance": "/customers"}
				""");
		Http.Response notANumber = this.http.get("/customers/abc");
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.contentType()).isEqualTo("application/problem+json");
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
