package io.github.rootcause;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a failed SQL statement does and to which table, read from its first words: {@code INSERT INTO t},
 * {@code UPDATE t}, {@code DELETE FROM t}, {@code MERGE INTO t}, {@code REPLACE INTO t}, {@code UPSERT INTO t},
 * with or without {@code INTO} and {@code FROM}, past modifiers such as {@code OR REPLACE} or {@code IGNORE}. Used
 * only to name the table, and the schema that qualifies it, when the database does not. Names may be quoted the way
 * any database quotes them, a doubled closing quote inside standing for one ({@code "Order ""Item"""},
 * {@code `a``b`}, {@code [a]]b]}). A linear scan over at most the first {@value #SCAN_LIMIT} characters.
 *
 * @param verb the statement's verb in upper case ({@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code MERGE})
 * @param schema the schema (on MariaDB and MySQL, the database) that qualifies the table, without quotes; the
 * middle part of {@code db.schema.table}; {@code null} when the table is not qualified
 * @param table the target table without schema and quotes
 */
record Statement(String verb, String schema, String table) {

	private static final int SCAN_LIMIT = 4096;

	/**
	 * A statement on an unqualified table.
	 * @param verb the verb in upper case
	 * @param table the table
	 */
	Statement(String verb, String table) {
		this(verb, null, table);
	}

	/**
	 * Reads a statement.
	 * @param sql the SQL, may be {@code null}
	 * @return the statement, or {@code null} when it is none of the verbs above
	 */
	static Statement parse(String sql) {
		if (sql == null) {
			return null;
		}
		Scanner scanner = new Scanner(sql.length() > SCAN_LIMIT ? sql.substring(0, SCAN_LIMIT) : sql);
		String verb = scanner.word();
		if (verb == null) {
			return null;
		}
		verb = verb.toUpperCase(Locale.ROOT);
		List<String> name = switch (verb) {
			case "INSERT", "REPLACE", "UPSERT", "MERGE" -> target(scanner, "INTO");
			case "UPDATE" -> target(scanner, null);
			case "DELETE" -> target(scanner, "FROM");
			default -> null;
		};
		if (name == null || name.get(name.size() - 1).isEmpty()) {
			return null;
		}
		String schema = (name.size() > 1 && !name.get(name.size() - 2).isEmpty()) ? name.get(name.size() - 2) : null;
		return new Statement((verb.equals("REPLACE") || verb.equals("UPSERT")) ? "INSERT" : verb, schema,
				name.get(name.size() - 1));
	}

	/**
	 * The table after the verb: past modifiers ({@code OR REPLACE}, {@code IGNORE}, {@code TOP (10)}), the
	 * optional {@code keyword} ({@code INTO}, {@code FROM}) and PostgreSQL's {@code ONLY}.
	 */
	private static List<String> target(Scanner scanner, String keyword) {
		List<String> name = scanner.name();
		while (name != null && isWord(name) && isModifier(name.get(0))) {
			name = scanner.name();
		}
		if (name != null && isWord(name) && name.get(0).equalsIgnoreCase(keyword)) {
			name = scanner.name();
		}
		if (name != null && isWord(name) && name.get(0).equalsIgnoreCase("ONLY")) {
			name = scanner.name();
		}
		return name;
	}

	/** Whether a name has one part, so that it may be a keyword. */
	private static boolean isWord(List<String> name) {
		return name.size() == 1;
	}

	private static boolean isModifier(String word) {
		if (word.isEmpty()) {
			return false;
		}
		if (Character.isDigit(word.charAt(0))) {
			return true;
		}
		return switch (word.toUpperCase(Locale.ROOT)) {
			case "IGNORE", "LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "QUICK", "OR", "REPLACE", "ROLLBACK",
					"ABORT", "FAIL", "TOP", "PERCENT" -> true;
			default -> false;
		};
	}

	/** Reads words and possibly qualified, possibly quoted names, skipping spaces and comments. */
	private static final class Scanner {

		private final String sql;

		private int at;

		Scanner(String sql) {
			this.sql = sql;
		}

		String word() {
			skip();
			int start = this.at;
			while (this.at < this.sql.length() && Character.isLetter(this.sql.charAt(this.at))) {
				this.at++;
			}
			return (this.at > start) ? this.sql.substring(start, this.at) : null;
		}

		/** A possibly qualified name, its parts in order; {@code null} when there is none. */
		List<String> name() {
			List<String> parts = new ArrayList<>(2);
			do {
				skip();
				String part = part();
				if (part == null) {
					break;
				}
				parts.add(part);
			}
			while (this.at < this.sql.length() && this.sql.charAt(this.at) == '.' && ++this.at > 0);
			return parts.isEmpty() ? null : parts;
		}

		private String part() {
			if (this.at >= this.sql.length()) {
				return null;
			}
			char c = this.sql.charAt(this.at);
			char close = switch (c) {
				case '"' -> '"';
				case '`' -> '`';
				case '[' -> ']';
				default -> 0;
			};
			if (close != 0) {
				return quoted(close);
			}
			int start = this.at;
			while (this.at < this.sql.length() && isNamePart(this.sql.charAt(this.at))) {
				this.at++;
			}
			return (this.at > start) ? this.sql.substring(start, this.at) : null;
		}

		/**
		 * The quoted name that starts here, without its quotes; a doubled closing quote inside stands for one
		 * ({@code "a""b"}, {@code `a``b`}, {@code [a]]b]}). {@code null} when it is never closed.
		 */
		private String quoted(char close) {
			StringBuilder part = null;
			int start = this.at + 1;
			int end = this.sql.indexOf(close, start);
			while (end >= 0 && end + 1 < this.sql.length() && this.sql.charAt(end + 1) == close) {
				part = (part != null) ? part : new StringBuilder();
				part.append(this.sql, start, end + 1);
				start = end + 2;
				end = this.sql.indexOf(close, start);
			}
			if (end < 0) {
				return null;
			}
			this.at = end + 1;
			return (part != null) ? part.append(this.sql, start, end).toString() : this.sql.substring(start, end);
		}

		private static boolean isNamePart(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#';
		}

		private void skip() {
			while (this.at < this.sql.length()) {
				char c = this.sql.charAt(this.at);
				if (Character.isWhitespace(c) || c == '(' || c == ')') {
					this.at++;
				}
				else if (this.sql.startsWith("--", this.at)) {
					int end = this.sql.indexOf('\n', this.at);
					this.at = (end < 0) ? this.sql.length() : end + 1;
				}
				else if (this.sql.startsWith("/*", this.at)) {
					int end = this.sql.indexOf("*/", this.at + 2);
					this.at = (end < 0) ? this.sql.length() : end + 2;
				}
				else {
					return;
				}
			}
		}

	}

}
