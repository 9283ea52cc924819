package io.github.rootcause.spring.catalog;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The problem bodies the catalog scenarios expect: rootcause's default answers, in full, with an error per field.
 * Public for the scenarios of sibling packages that prove the same answers ({@code spring.liquibase}).
 */
public final class Problems {

	private Problems() {
	}

	/**
	 * A unique violation: 409.
	 * @param constraint the constraint, as the database stores its name
	 * @param instance the request path
	 * @param fields the fields of its columns
	 * @return the body
	 */
	public static String unique(String constraint, String instance, String... fields) {
		return problem("unique", "Already exists", 409, "A record with the same %s already exists.", constraint,
				instance, "must be unique", fields);
	}

	/**
	 * A check violation: 422.
	 * @param constraint the constraint, as the database stores its name
	 * @param instance the request path
	 * @param field the field of its column
	 * @return the body
	 */
	public static String check(String constraint, String instance, String field) {
		return problem("check", "Invalid value", 422, "The value of %s is not allowed.", constraint, instance,
				"is not allowed", field);
	}

	/**
	 * A foreign key whose referenced row is missing: 404.
	 * @param constraint the constraint, as the database stores its name
	 * @param instance the request path
	 * @param field the field of its column
	 * @return the body
	 */
	static String missingReference(String constraint, String instance, String field) {
		return problem("foreign-key", "Referenced record not found", 404, "The record referenced by %s does not exist.",
				constraint, instance, "must reference an existing record", field);
	}

	private static String problem(String kind, String title, int status, String detail, String constraint,
			String instance, String error, String... fields) {
		String errors = Arrays.stream(fields)
			.map((field) -> """
					{"pointer": "#/%1$s", "field": "%1$s", "code": "%2$s", "detail": "%3$s"}"""
				.formatted(field, kind, error))
			.collect(Collectors.joining(", "));
		return """
				{"type": "urn:rootcause:problem:%s", "title": "%s", "status": %d, "detail": "%s", "instance": "%s",
				 "kind": "%s", "constraint": "%s", "errors": [%s]}
				""".formatted(kind, title, status, detail.formatted(String.join(", ", fields)), instance, kind,
				constraint, errors);
	}

}
