package io.github.rootcause.testing;

import org.json.JSONException;
import org.json.JSONObject;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * The problem bodies rootcause answers a sample's violations with, as JSON to compare strictly: one place for both
 * samples (servlet and reactive), which must answer alike.
 */
public final class ExpectedProblems {

	private ExpectedProblems() {
	}

	/**
	 * Asserts that a problem body holds exactly the expected members, in any order. An expected body without
	 * {@code type} also matches {@code "type": "about:blank"}, which RFC 9457 says an absent type means: Spring
	 * Framework 6.2 (Spring Boot 3.5) writes it for a problem the application builds without one, 7 leaves it out.
	 * @param expected the expected body
	 * @param actual the body received
	 */
	public static void assertMatches(String expected, String actual) {
		try {
			JSONObject expectedBody = new JSONObject(expected);
			JSONObject actualBody = new JSONObject(actual);
			if (!expectedBody.has("type") && "about:blank".equals(actualBody.opt("type"))) {
				actualBody.remove("type");
			}
			JSONAssert.assertEquals("Body: " + actual, expectedBody, actualBody, JSONCompareMode.STRICT);
		}
		catch (JSONException ex) {
			throw new AssertionError("Not JSON: " + actual, ex);
		}
	}

	/**
	 * rootcause's standard answer to a unique (409) or check (422) violation that the constraint's message reports
	 * on one field: every member.
	 * @param kind {@code unique} or {@code check}
	 * @param constraint the constraint's name
	 * @param field the field the error names
	 * @param message the constraint's message, the problem's detail and the error's
	 * @param instance the request path
	 * @return the body
	 */
	public static String violation(String kind, String constraint, String field, String message, String instance) {
		int status = status(kind);
		String title = (status == 409) ? "Already exists" : "Invalid value";
		return """
				{"type": "urn:rootcause:problem:%1$s", "title": "%2$s", "status": %3$d, "detail": "%6$s",
				 "instance": "%7$s", "kind": "%1$s", "constraint": "%4$s",
				 "errors": [{"pointer": "#/%5$s", "field": "%5$s", "code": "%1$s", "detail": "%6$s"}]}
				""".formatted(kind, title, status, constraint, field, message, instance);
	}

	/**
	 * The status of {@link #violation}.
	 * @param kind {@code unique} or {@code check}
	 * @return 409 or 422
	 */
	public static int status(String kind) {
		return switch (kind) {
			case "unique" -> 409;
			case "check" -> 422;
			default -> throw new IllegalArgumentException(kind);
		};
	}

	/**
	 * rootcause's standard answer to a NOT NULL violation: 422, naming the field (there is no constraint name to
	 * report).
	 * @param field the field that had no value
	 * @param instance the request path
	 * @return the body
	 */
	public static String missingValue(String field, String instance) {
		return """
				{"type": "urn:rootcause:problem:not-null", "title": "Missing value", "status": 422,
				 "detail": "A value for %1$s is required.", "instance": "%2$s", "kind": "not-null",
				 "errors": [{"pointer": "#/%1$s", "field": "%1$s", "code": "not-null", "detail": "must not be null"}]}
				""".formatted(field, instance);
	}

}
