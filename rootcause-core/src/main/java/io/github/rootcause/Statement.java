package io.github.rootcause;

import java.util.List;
import java.util.Locale;

/**
 * What a failed SQL statement does and to which table, read from its first words: {@code INSERT INTO t},
 * {@code UPDATE t}, {@code DELETE FROM t}, {@code MERGE INTO t}, {@code REPLACE INTO t}, {@code UPSERT INTO t},
 * with or without {@code INTO} and {@code FROM}, past modifiers such as {@code OR REPLACE} or {@code IGNORE} and
 * past a leading {@code WITH} clause's common table expressions; and,
 * for an {@code UPDATE}, the columns its {@code SET} assigns ({@code SET a = 1, t.b = f(x, y)} and
 * {@code SET (a, b) = (1, 2)}). Used only to name the table, the schema that qualifies it and the side of a
 * foreign key when the database does not. Names may be quoted the way any database quotes
 * them, a doubled closing quote inside standing for one ({@code "Order ""Item"""}, {@code `a``b`},
 * {@code [a]]b]}). A linear scan over at most the first {@value #SCAN_LIMIT} characters.
 *
 * @param verb the statement's verb in upper case ({@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code MERGE})
 * @param schema the schema (on MariaDB and MySQL, the database) that qualifies the table, without quotes; the
 * middle part of {@code db.schema.table}; {@code null} when the table is not qualified
 * @param table the target table without schema and quotes
 * @param assigned the columns an {@code UPDATE} assigns, without qualifier and quotes, in the order written;
 * empty for other verbs
 */
record Statement(String verb, String schema, String table, List<String> assigned) {

	private static final int SCAN_LIMIT = 4096;

	/**
	 * Copies the assigned columns.
	 * @param verb the verb in upper case
	 * @param schema the schema, or {@code null}
	 * @param table the table
	 * @param assigned the assigned columns, or {@code null} for none
	 */
	Statement {
		assigned = (assigned != null) ? List.copyOf(assigned) : List.of();
	}

	/**
	 * A statement on a table that assigns no columns it tells.
	 * @param verb the verb in upper case
	 * @param schema the schema, or {@code null}
	 * @param table the table
	 */
	Statement(String verb, String schema, String table) {
		this(verb, schema, table, List.of());
	}

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
		SqlScanner scanner = new SqlScanner(sql.length() > SCAN_LIMIT ? sql.substring(0, SCAN_LIMIT) : sql);
		String verb = scanner.word();
		if (verb == null) {
			return null;
		}
		verb = verb.toUpperCase(Locale.ROOT);
		if (verb.equals("WITH")) {
			verb = scanner.afterWith();
			if (verb == null) {
				return null;
			}
		}
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
		List<String> assigned = verb.equals("UPDATE") ? scanner.assignments() : List.of();
		return new Statement((verb.equals("REPLACE") || verb.equals("UPSERT")) ? "INSERT" : verb, schema,
				name.get(name.size() - 1), assigned);
	}

	/**
	 * The table after the verb: past modifiers ({@code OR REPLACE}, {@code IGNORE}, {@code TOP (10)}), the
	 * optional {@code keyword} ({@code INTO}, {@code FROM}) and PostgreSQL's {@code ONLY}.
	 */
	private static List<String> target(SqlScanner scanner, String keyword) {
		List<String> name = scanner.name();
		while (name != null && isWord(name, scanner) && isModifier(name.get(0))) {
			name = scanner.name();
		}
		if (name != null && isWord(name, scanner) && name.get(0).equalsIgnoreCase(keyword)) {
			name = scanner.name();
		}
		if (name != null && isWord(name, scanner) && name.get(0).equalsIgnoreCase("ONLY")) {
			name = scanner.name();
		}
		return name;
	}

	/** Whether a name has one part, not quoted, so that it may be a keyword. */
	private static boolean isWord(List<String> name, SqlScanner scanner) {
		return name.size() == 1 && !scanner.quoted();
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

}
