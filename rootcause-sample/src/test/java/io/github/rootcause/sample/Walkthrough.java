package io.github.rootcause.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.json.JSONException;
import org.skyscreamer.jsonassert.Customization;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.skyscreamer.jsonassert.comparator.CustomComparator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code WALKTHROUGH.md} replayed against a running sample, in order: every answer must be exactly the one the
 * walkthrough shows (status, Content-Type and body, byte for byte), Actuator's {@code rootcause.violations} counter
 * must hold the violations by kind and constraint, and the {@code rootcause} endpoint must list them as seen. Shared
 * by the tests of the sample on each database ({@link WalkthroughTest}) and of the AOT-processed sample
 * ({@link AotSampleIT}).
 */
final class Walkthrough {

	static final String POSTGRESQL_ONLY = "## PostgreSQL only";

	private Walkthrough() {
	}

	/**
	 * Replays the walkthrough.
	 * @param http the sample, reached over HTTP
	 * @param exclusions whether the database has exclusion constraints, and so answers the PostgreSQL section
	 * @param sameIds whether an insert that fails still uses up an identity value (H2, PostgreSQL), so the ids of
	 * the walkthrough come out the same; else ids are not compared
	 * @throws IOException when the walkthrough cannot be read
	 */
	static void replay(Http http, boolean exclusions, boolean sameIds) throws IOException {
		List<Step> steps = Step.read(Path.of("WALKTHROUGH.md"), exclusions);
		List<String> kinds = steps.stream().map(Step::kind).filter((kind) -> !kind.isEmpty()).distinct().toList();
		assertThat(kinds).as("kinds the walkthrough answers with rootcause's problem")
			.containsExactlyInAnyOrderElementsOf(exclusions
					? List.of("unique", "not-null", "check", "foreign-key", "exclusion")
					: List.of("unique", "not-null", "check", "foreign-key"));
		for (Step step : steps) {
			Http.Response response = switch (step.method()) {
				case "GET" -> http.get(step.path());
				case "DELETE" -> http.delete(step.path());
				default -> http.post(step.path(), step.body());
			};
			assertThat(response.status()).as(step.command()).isEqualTo(step.status());
			assertThat(response.contentType()).as(step.command()).isEqualTo(step.contentType());
			if (sameIds) {
				assertThat(response.body()).as(step.command()).isEqualTo(step.answer());
			}
			else {
				assertSameButIds(response.body(), step.answer(), step.command());
			}
		}
		for (String kind : kinds) {
			long answered = steps.stream().filter((step) -> step.kind().equals(kind)).count();
			assertThat(violations(http, "?tag=kind:" + kind)).as(kind).isGreaterThanOrEqualTo(answered);
		}
		assertThat(violations(http, "?tag=constraint:uq_customer_email&tag=outcome:409")).isPositive();
		Http.Response endpoint = http.get("/actuator/rootcause");
		assertThat(endpoint.status()).isEqualTo(200);
		List<Map<String, Object>> email = JsonPath.read(endpoint.body(),
				"$.dataSources.dataSource.constraints[?(@.name == 'uq_customer_email')]");
		// One per schema that has the sample's tables: other test classes leave theirs on the shared servers.
		assertThat(email).isNotEmpty().allSatisfy((constraint) -> assertThat(constraint)
			.containsEntry("seen", true)
			.containsEntry("tailored", true)
			.containsEntry("answers", List.of(Map.of("status", 409, "message", "this email is already registered",
					"handlers", List.of()))));
	}

	/** The count of {@code rootcause.violations} with the given tags, from Actuator's metrics endpoint. */
	private static double violations(Http http, String tags) {
		Http.Response metric = http.get("/actuator/metrics/rootcause.violations" + tags);
		assertThat(metric.status()).as(metric.toString()).isEqualTo(200);
		return JsonPath.<Number>read(metric.body(), "$.measurements[0].value").doubleValue();
	}

	private static void assertSameButIds(String actual, String expected, String command) {
		try {
			JSONAssert.assertEquals(command + " answered " + actual, expected, actual,
					new CustomComparator(JSONCompareMode.STRICT, new Customization("id", (one, other) -> true)));
		}
		catch (JSONException ex) {
			throw new AssertionError(command + " answered no JSON: " + actual, ex);
		}
	}

	/**
	 * One command of the walkthrough and the answer it shows.
	 */
	record Step(String command, String method, String path, String body, int status, String contentType,
			String answer) {

		private static final String KIND = "\"kind\":\"";

		private static final String HOST = "localhost:8080";

		static List<Step> read(Path file, boolean withPostgresqlOnly) throws IOException {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			List<Step> steps = new ArrayList<>();
			String command = null;
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).startsWith(POSTGRESQL_ONLY) && !withPostgresqlOnly) {
					break;
				}
				if (lines.get(i).equals("```sh")) {
					assertThat(command).as("a command without its answer").isNull();
					command = lines.get(++i);
				}
				else if (lines.get(i).equals("```http") && command != null) {
					List<String> answer = new ArrayList<>();
					while (!lines.get(++i).equals("```")) {
						answer.add(lines.get(i));
					}
					steps.add(of(command, answer));
					command = null;
				}
			}
			assertThat(command).as("a command without its answer").isNull();
			return steps;
		}

		/**
		 * The {@code kind} of rootcause's problem that this step answers with.
		 * @return the kind, or empty
		 */
		String kind() {
			int start = this.answer.indexOf(KIND);
			return (start >= 0) ? between(this.answer, KIND, "\"") : "";
		}

		private static Step of(String command, List<String> answer) {
			String method = between(command, "-X ", " ");
			int pathStart = command.indexOf(HOST) + HOST.length();
			int pathEnd = command.indexOf(' ', pathStart);
			String path = command.substring(pathStart, (pathEnd >= 0) ? pathEnd : command.length());
			int bodyStart = command.indexOf(" -d '");
			String body = (bodyStart >= 0) ? command.substring(bodyStart + 5, command.lastIndexOf('\'')) : "";
			String statusLine = answer.get(0).trim();
			int status = Integer.parseInt(statusLine.substring(statusLine.indexOf(' ') + 1).trim().split(" ")[0]);
			String contentType = "";
			int next = 1;
			if (answer.size() > next && answer.get(next).startsWith("Content-Type: ")) {
				contentType = answer.get(next).substring("Content-Type: ".length());
				next++;
			}
			String text = (answer.size() > next + 1) ? String.join("\n", answer.subList(next + 1, answer.size())) : "";
			return new Step(command, method, path, body, status, contentType, text);
		}

		private static String between(String text, String start, String end) {
			int from = text.indexOf(start) + start.length();
			return text.substring(from, text.indexOf(end, from));
		}

	}

}
