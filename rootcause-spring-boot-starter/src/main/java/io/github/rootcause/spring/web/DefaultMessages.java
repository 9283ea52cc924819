package io.github.rootcause.spring.web;

import org.jspecify.annotations.Nullable;

/**
 * The English titles, details and field messages of rootcause's problems, used when the {@code MessageSource} has
 * none for a code. Keys as in {@link ViolationProblemFactory}.
 */
final class DefaultMessages {

	private DefaultMessages() {
	}

	static String title(String key) {
		return switch (key) {
			case "unique" -> "Already exists";
			case "not-null" -> "Missing value";
			case "check" -> "Invalid value";
			case "foreign-key.missing" -> "Referenced record not found";
			case "foreign-key.referenced" -> "Still referenced";
			case "foreign-key" -> "Invalid reference";
			case "exclusion" -> "Conflict";
			case "invalid-data" -> "Invalid data";
			default -> "Data integrity violation";
		};
	}

	static String detail(String key, @Nullable String fields) {
		if (fields == null) {
			return switch (key) {
				case "unique" -> "A record with the same values already exists.";
				case "not-null" -> "A required value is missing.";
				case "check" -> "A value is not allowed.";
				case "foreign-key.missing" -> "A referenced record does not exist.";
				case "foreign-key.referenced" -> "The record is still referenced by other records.";
				case "foreign-key" -> "A reference to another record is not valid.";
				case "exclusion" -> "The record conflicts with an existing record.";
				case "invalid-data" -> "A value is too long, out of range or not in the expected format.";
				default -> "The request conflicts with the data already stored.";
			};
		}
		return switch (key) {
			case "unique" -> "A record with the same " + fields + " already exists.";
			case "not-null" -> "A value for " + fields + " is required.";
			case "check" -> "The value of " + fields + " is not allowed.";
			case "foreign-key.missing" -> "The record referenced by " + fields + " does not exist.";
			case "foreign-key.referenced" -> "The record is still referenced by other records.";
			case "foreign-key" -> "The reference " + fields + " is not valid.";
			default -> "The record conflicts with an existing record on " + fields + ".";
		};
	}

	static String error(String key) {
		return switch (key) {
			case "unique" -> "must be unique";
			case "not-null" -> "must not be null";
			case "check" -> "is not allowed";
			case "foreign-key.missing" -> "must reference an existing record";
			case "foreign-key" -> "is not a valid reference";
			default -> "conflicts with an existing record";
		};
	}

}
