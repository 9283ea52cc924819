package io.github.rootcause.spring.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.rootcause.spring.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * springdoc's document of the notes API on H2, fetched over HTTP: each operation that writes lists the problems
 * rootcause answers, with the configured statuses; reads keep what their controller declares.
 */
class OpenApiDocumentH2Test {

	private static final String PROBLEM = "application/problem+json";

	private static final String REF = "#/components/schemas/ConstraintViolationProblem";

	private static final Map<String, String> WRITE_PROBLEMS = Map.of(
			"400", "A value is too long, out of range or not in the expected format",
			"404", "A referenced record does not exist",
			"409", "A unique or exclusion constraint is violated, the record is still referenced or another data "
					+ "integrity rule is violated",
			"422", "A not-null or check constraint is violated");

	private static ConfigurableApplicationContext notes;

	private static String notesDocs;

	@BeforeAll
	static void startNotes() {
		notes = start();
		notesDocs = http(notes).get("/v3/api-docs").body();
	}

	@AfterAll
	static void stopNotes() {
		notes.close();
	}

	@Test
	void everyWriteDocumentsEachStatusRootcauseAnswersWithAsAProblem() {
		for (String write : List.of("put /notes/{id}", "patch /notes/{id}/title", "delete /notes/{id}")) {
			assertThat(problems(notesDocs, write)).as(write).isEqualTo(WRITE_PROBLEMS);
		}
		Map<String, String> post = new LinkedHashMap<>(WRITE_PROBLEMS);
		post.put("409", "The title is taken");
		assertThat(problems(notesDocs, "post /notes")).isEqualTo(post);
	}

	@Test
	void aDeclaredResponseKeepsItsDescriptionAndReadsKeepWhatTheirControllerDeclares() {
		assertThat(descriptions(notesDocs, "post /notes")).containsEntry("201", "The note was written")
			.containsEntry("409", "The title is taken");
		assertThat(responses(notesDocs, "post /notes").keySet())
			.as("in the order of their statuses")
			.containsExactly("201", "400", "404", "409", "422");
		assertThat(descriptions(notesDocs, "delete /notes/{id}")).containsEntry("204", "The note is gone");
		assertThat(descriptions(notesDocs, "get /notes/{id}")).containsOnlyKeys("200", "404")
			.containsEntry("404", "No such note");
		assertThat(problems(notesDocs, "get /notes/{id}")).isEmpty();
	}

	@Test
	void theSchemaHoldsEveryMemberOfTheProblemAnswered() {
		Map<String, Object> schema = JsonPath.read(notesDocs, "$.components.schemas.ConstraintViolationProblem");
		assertThat(JsonPath.<Map<String, Object>>read(schema, "$.properties")).containsOnlyKeys("type", "title",
				"status", "detail", "instance", "kind", "constraint", "errors");
		assertThat(JsonPath.<List<String>>read(schema, "$.properties.kind.enum")).containsExactly("unique",
				"not-null", "check", "foreign-key", "exclusion");
		assertThat(JsonPath.<Map<String, Object>>read(schema, "$.properties.errors.items.properties"))
			.containsOnlyKeys("pointer", "field", "code", "detail");
		Http http = http(notes);
		http.post("/notes", "{\"title\": \"Groceries\"}");
		Http.Response duplicate = http.post("/notes", "{\"title\": \"Groceries\"}");
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.contentType()).isEqualTo(PROBLEM);
		assertThat(JsonPath.<Map<String, Object>>read(schema, "$.properties"))
			.containsKeys(JsonPath.<Map<String, Object>>read(duplicate.body(), "$")
				.keySet()
				.toArray(String[]::new));
		assertThat(JsonPath.<Map<String, Object>>read(schema, "$.properties.errors.items.properties"))
			.containsKeys(JsonPath.<Map<String, Object>>read(duplicate.body(), "$.errors[0]")
				.keySet()
				.toArray(String[]::new));
	}

	@Test
	void configuredStatusesChangeTheDocument() {
		try (ConfigurableApplicationContext context = start("rootcause.web.status.unique=422",
				"rootcause.web.status.invalid-data=409", "rootcause.web.include-constraint=false",
				"rootcause.constraints.[uq_note_title].status=423")) {
			String docs = http(context).get("/v3/api-docs").body();
			assertThat(problems(docs, "put /notes/{id}")).containsOnly(
					Map.entry("404", "A referenced record does not exist"),
					Map.entry("409", "An exclusion constraint is violated, the record is still referenced, a value is "
							+ "too long, out of range or not in the expected format or another data integrity rule is "
							+ "violated"),
					Map.entry("422", "A unique, not-null or check constraint is violated"),
					Map.entry("423", "A constraint configured with this status is violated"));
			assertThat(JsonPath.<Map<String, Object>>read(docs,
					"$.components.schemas.ConstraintViolationProblem.properties")).doesNotContainKey("constraint");
			http(context).post("/notes", "{\"title\": \"Groceries\"}");
			assertThat(http(context).post("/notes", "{\"title\": \"Groceries\"}").status()).isEqualTo(423);
		}
	}

	@Test
	void rootcauseOpenApiEnabledFalseLeavesTheDocumentAsDeclared() {
		try (ConfigurableApplicationContext context = start("rootcause.openapi.enabled=false")) {
			String docs = http(context).get("/v3/api-docs").body();
			assertThat(descriptions(docs, "post /notes")).containsOnlyKeys("201", "409");
			assertThat(problems(docs, "post /notes")).isEmpty();
			assertThat(problems(docs, "delete /notes/{id}")).isEmpty();
			assertThat(docs).doesNotContain("ConstraintViolationProblem");
		}
	}

	@Test
	void everyGroupDocumentsTheProblems() {
		try (ConfigurableApplicationContext context = start(Group.class)) {
			String docs = http(context).get("/v3/api-docs/notes").body();
			assertThat(problems(docs, "post /notes").keySet()).containsExactlyInAnyOrder("400", "404", "409", "422");
		}
	}

	@Test
	void aBeanNamedRootCauseOpenApiCustomizerReplacesIt() {
		try (ConfigurableApplicationContext context = start(OwnCustomizer.class)) {
			String docs = http(context).get("/v3/api-docs").body();
			assertThat(descriptions(docs, "post /notes")).containsOnlyKeys("201", "409");
			assertThat(docs).doesNotContain("ConstraintViolationProblem");
		}
	}

	/** Status to description of each response of an operation ("post /notes"). */
	private static Map<String, String> descriptions(String docs, String operation) {
		Map<String, String> descriptions = new LinkedHashMap<>();
		responses(docs, operation).forEach((status, response) -> descriptions.put(status,
				(String) response.get("description")));
		return descriptions;
	}

	/** Status to description of each response of an operation whose content is a rootcause problem. */
	private static Map<String, String> problems(String docs, String operation) {
		Map<String, String> problems = new LinkedHashMap<>();
		responses(docs, operation).forEach((status, response) -> {
			if (response.get("content") instanceof Map<?, ?> content && content.get(PROBLEM) instanceof Map<?, ?> type
					&& type.get("schema") instanceof Map<?, ?> schema && REF.equals(schema.get("$ref"))) {
				assertThat(content.keySet()).as(operation + " " + status).isEqualTo(Set.of(PROBLEM));
				problems.put(status, (String) response.get("description"));
			}
		});
		return problems;
	}

	private static Map<String, Map<String, Object>> responses(String docs, String operation) {
		String[] methodAndPath = operation.split(" ");
		return JsonPath.read(docs, "$.paths['" + methodAndPath[1] + "']." + methodAndPath[0] + ".responses");
	}

	private static Http http(ConfigurableApplicationContext context) {
		return new Http(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class), List.of());
	}

	private static ConfigurableApplicationContext start(Class<?> configuration) {
		return start(new SpringApplicationBuilder(NotesApplication.class, configuration));
	}

	private static ConfigurableApplicationContext start(String... extra) {
		return start(new SpringApplicationBuilder(NotesApplication.class), extra);
	}

	private static ConfigurableApplicationContext start(SpringApplicationBuilder application, String... extra) {
		List<String> properties = new ArrayList<>(List.of("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
				"spring.sql.init.schema-locations=classpath:openapi/schema-h2.sql", "server.port=0",
				"rootcause.constraints.[uq_note_title].fields=title"));
		properties.addAll(List.of(extra));
		return application.properties(properties.toArray(String[]::new)).run();
	}

	/** A group of springdoc's, which has a document of its own. */
	@Configuration(proxyBeanMethods = false)
	static class Group {

		@Bean
		GroupedOpenApi notes() {
			return GroupedOpenApi.builder().group("notes").pathsToMatch("/notes/**").build();
		}

	}

	/** The application's own customizer in place of rootcause's. */
	@Configuration(proxyBeanMethods = false)
	static class OwnCustomizer {

		@Bean
		GlobalOpenApiCustomizer rootCauseOpenApiCustomizer() {
			return (openApi) -> openApi.getInfo().description("Notes");
		}

	}

}
