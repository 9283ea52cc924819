package io.github.rootcause.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
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

	static final String WITH_A_BROKER = "## With a RabbitMQ broker";

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
			Http.Response response = send(http, step);
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

	/**
	 * Replays the walkthrough's last section, which needs a RabbitMQ broker and the {@code rabbit} profile. Its
	 * events are consumed in the background, so a read of what they wrote whose answer differs is sent again, for up
	 * to 30 seconds, until it answers as the walkthrough shows. The steps under {@code /events/} are sent once:
	 * publishing answers at once, and taking the next dead letter waits for one (and consumes it).
	 * @param http the sample, reached over HTTP
	 * @throws IOException when the walkthrough cannot be read
	 */
	static void replayWithABroker(Http http) throws IOException {
		List<Step> steps = Step.withABroker(Path.of("WALKTHROUGH.md"));
		assertThat(steps).as("the steps of the section " + WITH_A_BROKER).hasSizeGreaterThan(5);
		for (Step step : steps) {
			if (step.path().startsWith("/events/")) {
				assertAnswers(send(http, step), step);
			}
			else {
				Awaitility.await()
					.atMost(Duration.ofSeconds(30))
					.untilAsserted(() -> assertAnswers(send(http, step), step));
			}
		}
	}

	private static void assertAnswers(Http.Response response, Step step) {
		assertThat(response.status()).as(step.command()).isEqualTo(step.status());
		assertThat(response.contentType()).as(step.command()).isEqualTo(step.contentType());
		assertThat(response.body()).as(step.command()).isEqualTo(step.answer());
	}

	private static Http.Response send(Http http, Step step) {
		return switch (step.method()) {
			case "GET" -> http.get(step.path());
			case "DELETE" -> http.delete(step.path());
			default -> http.post(step.path(), step.requestType(), step.body());
		};
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
	record Step(String command, String method, String path, String requestType, String body, int status,
			String contentType, String answer) {

		private static final String KIND = "\"kind\":\"";

		private static final String HOST = "localhost:8080";

		private static final String CONTENT_TYPE = "-H 'Content-Type: ";

		private static final String FILE = " --data-binary @";

		/** The steps before the section that needs a broker; with or without the PostgreSQL section. */
		static List<Step> read(Path file, boolean withPostgresqlOnly) throws IOException {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			return read(lines, 0, withPostgresqlOnly);
		}

		/** The steps of the section that needs a broker. */
		static List<Step> withABroker(Path file) throws IOException {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			int start = 0;
			while (start < lines.size() && !lines.get(start).startsWith(WITH_A_BROKER)) {
				start++;
			}
			return read(lines, start + 1, true);
		}

		private static List<Step> read(List<String> lines, int start, boolean withPostgresqlOnly) {
			List<Step> steps = new ArrayList<>();
			String command = null;
			for (int i = start; i < lines.size(); i++) {
				if ((lines.get(i).startsWith(POSTGRESQL_ONLY) && !withPostgresqlOnly)
						|| lines.get(i).startsWith(WITH_A_BROKER)) {
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
		 * @return the kind, or empty when the answer is no problem
		 */
		String kind() {
			int start = this.answer.indexOf(KIND);
			return (start >= 0 && this.contentType.equals("application/problem+json"))
					? between(this.answer, KIND, "\"") : "";
		}

		private static Step of(String command, List<String> answer) {
			String method = between(command, "-X ", " ");
			int pathStart = command.indexOf(HOST) + HOST.length();
			int pathEnd = command.indexOf(' ', pathStart);
			String path = command.substring(pathStart, (pathEnd >= 0) ? pathEnd : command.length());
			int bodyStart = command.indexOf(" -d '");
			int fileStart = command.indexOf(FILE);
			String body = (bodyStart >= 0) ? command.substring(bodyStart + 5, command.lastIndexOf('\''))
					: (fileStart >= 0) ? file(command.substring(fileStart + FILE.length())) : "";
			String requestType = command.contains(CONTENT_TYPE) ? between(command, CONTENT_TYPE, "'")
					: "application/json";
			String statusLine = answer.get(0).trim();
			int status = Integer.parseInt(statusLine.substring(statusLine.indexOf(' ') + 1).trim().split(" ")[0]);
			String contentType = "";
			int next = 1;
			if (answer.size() > next && answer.get(next).startsWith("Content-Type: ")) {
				contentType = answer.get(next).substring("Content-Type: ".length());
				next++;
			}
			String text = (answer.size() > next + 1) ? String.join("\n", answer.subList(next + 1, answer.size())) : "";
			return new Step(command, method, path, requestType, body, status, contentType, text);
		}

		/** A file the command sends, named relative to the repository's root, where the commands run. */
		private static String file(String name) {
			try {
				return Files.readString(Path.of("..").resolve(name), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static String between(String text, String start, String end) {
			int from = text.indexOf(start) + start.length();
			return text.substring(from, text.indexOf(end, from));
		}

	}

}
