package io.github.rootcause.spring.autoconfigure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Documents the problems rootcause answers on every operation that writes (POST, PUT, PATCH, DELETE): each status
 * of {@code rootcause.web.status.*} and {@code rootcause.constraints.<name>.status} is a response whose
 * {@code application/problem+json} content is the {@value #SCHEMA} schema. A response the application declared
 * keeps its description, and gets that content when it is a 4xx or one of those statuses; a missing one is added,
 * described by the violations that answer it ("A unique or exclusion constraint is violated, the record is still
 * referenced or another data integrity rule is violated"). Operations that only read are left as declared, and so
 * are the answers that are not rootcause's (Spring MVC's 400 for a body it cannot read, the 500 of a server fault).
 *
 * <p>The statuses are read from the properties each time springdoc builds the document.
 */
final class OpenApiProblemResponses implements GlobalOpenApiCustomizer {

	static final String SCHEMA = "ConstraintViolationProblem";

	private static final String PROBLEM = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final Set<HttpMethod> WRITES = EnumSet.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	private final RootCauseProperties properties;

	OpenApiProblemResponses(RootCauseProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		Map<String, String> statuses = statuses();
		boolean documented = false;
		for (PathItem path : openApi.getPaths().values()) {
			for (Map.Entry<HttpMethod, Operation> operation : path.readOperationsMap().entrySet()) {
				if (WRITES.contains(operation.getKey())) {
					document(operation.getValue(), statuses);
					documented = true;
				}
			}
		}
		if (documented) {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(SCHEMA, schema());
		}
	}

	private static void document(Operation operation, Map<String, String> statuses) {
		ApiResponses responses = new ApiResponses();
		Map<String, ApiResponse> declared = (operation.getResponses() != null) ? operation.getResponses() : Map.of();
		Map<String, ApiResponse> all = new TreeMap<>(declared);
		statuses.forEach((status, description) -> all.putIfAbsent(status, new ApiResponse().description(description)));
		all.forEach((status, response) -> {
			boolean problem = status.startsWith("4") || statuses.containsKey(status);
			if (problem && response.get$ref() == null
					&& (response.getContent() == null || !response.getContent().containsKey(PROBLEM))) {
				response.setContent(new Content().addMediaType(PROBLEM,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
			}
			responses.addApiResponse(status, response);
		});
		if (operation.getResponses() != null) {
			responses.setExtensions(operation.getResponses().getExtensions());
		}
		operation.setResponses(responses);
	}

	/** Each status rootcause answers with, and the violations that answer it, by status. */
	private Map<String, String> statuses() {
		RootCauseProperties.Web web = this.properties.getWeb();
		Map<Integer, List<String>> kinds = new TreeMap<>();
		add(kinds, web.getStatus().getUnique(), "unique");
		add(kinds, web.getStatus().getNotNull(), "not-null");
		add(kinds, web.getStatus().getCheck(), "check");
		add(kinds, web.getStatus().getExclusion(), "exclusion");
		Map<Integer, List<String>> violations = new TreeMap<>();
		kinds.forEach((status, names) -> add(violations, status,
				(names.get(0).equals("exclusion") ? "an " : "a ") + or(names) + " constraint is violated"));
		add(violations, web.getStatus().getForeignKeyMissing(), "a referenced record does not exist");
		add(violations, web.getStatus().getForeignKeyReferenced(), "the record is still referenced");
		add(violations, web.getStatus().getInvalidData(),
				"a value is too long, out of range or not in the expected format");
		add(violations, web.getStatus().getIntegrity(), "another data integrity rule is violated");
		this.properties.getConstraints().forEach((name, constraint) -> {
			if (constraint.getStatus() != null) {
				add(violations, constraint.getStatus(), web.isIncludeConstraint() ? "constraint " + name
						+ " is violated" : "a constraint configured with this status is violated");
			}
		});
		Map<String, String> statuses = new LinkedHashMap<>();
		violations.forEach((status, descriptions) -> statuses.put(String.valueOf(status), sentence(or(descriptions))));
		return statuses;
	}

	private static void add(Map<Integer, List<String>> byStatus, int status, String item) {
		List<String> items = byStatus.computeIfAbsent(status, (code) -> new ArrayList<>());
		if (!items.contains(item)) {
			items.add(item);
		}
	}

	/** "a", "a or b", "a, b or c". */
	private static String or(List<String> items) {
		int last = items.size() - 1;
		return (last == 0) ? items.get(0) : String.join(", ", items.subList(0, last)) + " or " + items.get(last);
	}

	private static String sentence(String description) {
		return Character.toUpperCase(description.charAt(0)) + description.substring(1);
	}

	/** ProblemDetail's members and those rootcause adds. */
	private Schema<?> schema() {
		ObjectSchema problem = new ObjectSchema();
		problem.description("An RFC 9457 problem. A constraint violation has a kind; a data integrity problem that is "
				+ "no constraint violation has none, and its type ends in invalid-data or integrity.");
		problem.addProperty("type", new StringSchema().format("uri")
			.description(this.properties.getWeb().getTypeBaseUri()
					+ " followed by the kind, invalid-data or integrity"));
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema().format("uri").description("The request's path"));
		problem.addProperty("kind", new StringSchema()._enum(List.of("unique", "not-null", "check", "foreign-key",
				"exclusion")));
		if (this.properties.getWeb().isIncludeConstraint()) {
			problem.addProperty("constraint", new StringSchema().description("The violated constraint's name"));
		}
		ObjectSchema error = new ObjectSchema();
		error.addProperty("pointer", new StringSchema()
			.description("JSON Pointer to the member of the request's body; absent when the body has none"));
		error.addProperty("field", new StringSchema());
		error.addProperty("code", new StringSchema().description("The kind"));
		error.addProperty("detail", new StringSchema());
		problem.addProperty("errors", new ArraySchema().items(error)
			.description("One entry per field of the violated constraint, when they are known"));
		return problem;
	}

}
