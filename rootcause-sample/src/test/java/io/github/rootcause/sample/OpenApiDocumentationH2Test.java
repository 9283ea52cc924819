package io.github.rootcause.sample;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document lists the problem responses of each endpoint: rootcause's starter those of every write, the
 * controllers those of their reads; and Swagger UI is served.
 */
@OnH2
class OpenApiDocumentationH2Test extends SampleTest {

	private static final List<String> WRITE = List.of("400 ConstraintViolationProblem",
			"404 ConstraintViolationProblem", "409 ConstraintViolationProblem", "422 ConstraintViolationProblem");

	@Test
	void everyEndpointDocumentsEachProblemItAnswersWith() {
		String docs = docs();
		Map<String, List<String>> problems = new TreeMap<>();
		JsonPath.<Map<String, Map<String, Object>>>read(docs, "$.paths")
			.forEach((path, methods) -> methods.keySet()
				.forEach((method) -> problems.put(method + " " + path, problems(docs, path, method))));
		assertThat(problems).isEqualTo(new TreeMap<>(Map.ofEntries(
				Map.entry("post /customers", WRITE),
				Map.entry("get /customers/{id}", List.of("404 ProblemDetail")),
				Map.entry("delete /customers/{id}", WRITE),
				Map.entry("get /customers/{id}/orders", List.of()),
				Map.entry("post /products", WRITE),
				Map.entry("get /products/{id}", List.of("404 ProblemDetail")),
				Map.entry("post /orders", WRITE),
				Map.entry("get /orders/{id}", List.of("404 ProblemDetail")),
				Map.entry("post /characters", WRITE),
				Map.entry("get /characters/{id}", List.of("404 ProblemDetail")),
				Map.entry("delete /characters/{id}", WRITE),
				Map.entry("post /characters/{id}/retirement", WRITE),
				Map.entry("post /characters/{id}/return", WRITE),
				Map.entry("post /arena/bookings", WRITE),
				Map.entry("post /registrations", WRITE),
				Map.entry("post /imports/storefront-orders", WRITE),
				Map.entry("get /storefront/orders/{orderNumber}", List.of("404 ProblemDetail")))));
	}

	@Test
	void aWriteKeepsTheResponsesItsControllerDeclaresAndNamesTheViolationsOfTheOthers() {
		String docs = docs();
		Map<String, Map<String, Object>> responses = JsonPath.read(docs, "$.paths['/customers'].post.responses");
		assertThat(responses.get("409")).containsEntry("description",
				"The email is already registered (uq_customer_email)");
		assertThat(responses.get("404")).containsEntry("description", "A referenced record does not exist");
		assertThat(responses.get("400")).containsEntry("description",
				"A value is too long, out of range or not in the expected format");
		assertThat(responses.get("201")).containsEntry("description", "The customer was registered");
		assertThat((Map<String, Object>) responses.get("201").get("content")).containsOnlyKeys("application/json");
	}

	@Test
	void theDocumentedSchemaHoldsEveryMemberOfTheProblemAnswered() {
		String docs = docs();
		Map<String, Object> members = JsonPath.read(docs,
				"$.components.schemas.ConstraintViolationProblem.properties");
		assertThat(members).containsOnlyKeys("type", "title", "status", "detail", "instance", "kind", "constraint",
				"errors");
		String customer = "{\"email\": \"openapi@example.com\", \"name\": \"Ada\"}";
		this.http.post("/customers", customer);
		Http.Response duplicate = this.http.post("/customers", customer);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(members).containsKeys(JsonPath.<Map<String, Object>>read(duplicate.body(), "$")
			.keySet()
			.toArray(String[]::new));
		assertThat(JsonPath.<Map<String, Object>>read(docs,
				"$.components.schemas.ConstraintViolationProblem.properties.errors.items.properties"))
			.containsKeys(JsonPath.<Map<String, Object>>read(duplicate.body(), "$.errors[0]")
				.keySet()
				.toArray(String[]::new));
	}

	@Test
	void theDocumented400OfAWriteIsAProblem() {
		assertProblem(this.http.post("/customers", "{\"email\": \"long@example.com\", \"name\": \"" + "a".repeat(101)
				+ "\"}"), 400, """
				{"type": "urn:rootcause:problem:invalid-data", "title": "Invalid data", "status": 400,
				 "detail": "A value is too long, out of range or not in the expected format.",
				 "instance": "/customers"}
				""");
		assertProblem(this.http.post("/customers", "{\"email\": "), 400, """
				{"title": "Bad Request", "status": 400, "detail": "Failed to read request", "instance": "/customers"}
				""");
	}

	@Test
	void swaggerUiIsServed() {
		Http.Response response = this.http.get("/swagger-ui/index.html");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("Swagger UI");
	}

	private String docs() {
		Http.Response response = this.http.get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	/** "409 ConstraintViolationProblem" for each response whose content is a problem, by status. */
	private static List<String> problems(String docs, String path, String method) {
		Map<String, Map<String, Object>> responses = JsonPath.read(docs,
				"$.paths['" + path + "']." + method + ".responses");
		return responses.entrySet()
			.stream()
			.filter((response) -> response.getValue().get("content") instanceof Map<?, ?> content
					&& content.containsKey("application/problem+json"))
			.map((response) -> response.getKey() + " " + JsonPath.<String>read(response.getValue(),
					"$.content['application/problem+json'].schema['$ref']").replace("#/components/schemas/", ""))
			.sorted()
			.toList();
	}

}
