package io.github.rootcause.catalog;

import java.util.ArrayList;
import java.util.List;

import io.github.rootcause.Kind;

/**
 * What a SQLite {@code CREATE TABLE} or {@code CREATE INDEX} statement declares that SQLite's pragmas do not
 * tell: the names given with {@code CONSTRAINT name}, and the check constraints. A single linear pass over the
 * tokens: no regular expressions, and text it does not understand is skipped rather than rejected.
 */
final class SqliteDefinition {

	/**
	 * A constraint as declared in a {@code CREATE TABLE} statement.
	 * @param kind the kind ({@link Kind#UNIQUE} for primary keys too)
	 * @param primaryKey whether it is the primary key
	 * @param name the declared name, unquoted, or {@code null} when none was given
	 * @param columns the constrained columns (for a check on a column: that column; for a table check: empty)
	 * @param expression for a check, its expression as written, else {@code null}
	 */
	record Declared(Kind kind, boolean primaryKey, String name, List<String> columns, String expression) {

		/**
		 * The name SQLite gives a check in its errors: the declared one, else the expression, dequoted the way
		 * SQLite dequotes it.
		 * @return the name
		 */
		String checkName() {
			return (this.name != null) ? this.name : dequote(this.expression);
		}

	}

	private enum Type {

		/** A bare word: a keyword or a name. */
		WORD,

		/** A quoted identifier, unquoted. */
		QUOTED,

		/** A string literal in single quotes, unquoted: a name only where SQLite accepts one. */
		STRING,

		/** One punctuation character. */
		PUNCT

	}

	private record Token(String text, Type type, int start, int end) {

		boolean is(String keyword) {
			return this.type == Type.WORD && this.text.equalsIgnoreCase(keyword);
		}

		boolean isPunct(char c) {
			return this.type == Type.PUNCT && this.text.charAt(0) == c;
		}

		boolean isName() {
			return this.type == Type.WORD || this.type == Type.QUOTED;
		}

	}

	private final String sql;

	private final List<Token> tokens;

	private SqliteDefinition(String sql) {
		this.sql = sql;
		this.tokens = tokenize(sql);
	}

	/**
	 * The constraints a {@code CREATE TABLE} statement declares, in order.
	 * @param createTable the statement as {@code sqlite_master.sql} stores it, may be {@code null}
	 * @return the constraints; empty when the statement cannot be read
	 */
	static List<Declared> constraints(String createTable) {
		if (createTable == null) {
			return List.of();
		}
		return new SqliteDefinition(createTable).declared();
	}

	/**
	 * The columns of the table that the key list of a {@code CREATE INDEX} statement reads, in order of first
	 * appearance: {@code (lower(name))} reads {@code name}.
	 * @param createIndex the statement, may be {@code null}
	 * @param tableColumns the columns of the indexed table
	 * @return the columns read
	 */
	static List<String> indexedColumns(String createIndex, List<String> tableColumns) {
		if (createIndex == null) {
			return List.of();
		}
		SqliteDefinition definition = new SqliteDefinition(createIndex);
		int open = definition.next(0, definition.tokens.size(), '(');
		if (open < 0) {
			return List.of();
		}
		return definition.namesIn(open + 1, definition.closing(open), tableColumns);
	}

	/**
	 * The columns of the table an expression reads, in order of first appearance.
	 * @param expression an expression, may be {@code null}
	 * @param tableColumns the columns of the table
	 * @return the columns read
	 */
	static List<String> columnsIn(String expression, List<String> tableColumns) {
		if (expression == null) {
			return List.of();
		}
		SqliteDefinition definition = new SqliteDefinition(expression);
		return definition.namesIn(0, definition.tokens.size(), tableColumns);
	}

	/**
	 * Removes the quotes around a name the way SQLite's {@code sqlite3Dequote} does: only when the text starts
	 * with a quote, and up to its closing quote.
	 * @param text the text
	 * @return the dequoted text
	 */
	static String dequote(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char open = text.charAt(0);
		char close = switch (open) {
			case '"', '\'', '`' -> open;
			case '[' -> ']';
			default -> 0;
		};
		if (close == 0) {
			return text;
		}
		StringBuilder name = new StringBuilder(text.length());
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == close) {
				if (close != ']' && i + 1 < text.length() && text.charAt(i + 1) == close) {
					name.append(c);
					i++;
					continue;
				}
				break;
			}
			name.append(c);
		}
		return name.toString();
	}

	private List<Declared> declared() {
		List<Declared> declared = new ArrayList<>();
		int open = next(0, this.tokens.size(), '(');
		if (open < 0) {
			return declared;
		}
		int end = closing(open);
		int start = open + 1;
		int depth = 0;
		for (int i = start; i <= end; i++) {
			Token token = (i < end) ? this.tokens.get(i) : null;
			if (token != null && token.isPunct('(')) {
				depth++;
			}
			else if (token != null && token.isPunct(')')) {
				depth--;
			}
			else if (token == null || (depth == 0 && token.isPunct(','))) {
				if (i > start) {
					item(start, i, declared);
				}
				start = i + 1;
			}
		}
		return declared;
	}

	/**
	 * One column definition or table constraint: tokens {@code [from, to)}. As in SQLite's parser, a
	 * {@code CONSTRAINT name} inside a column definition names every constraint that follows it on that column
	 * ({@code x int constraint foo not null check (x > 0)} fails as {@code foo}).
	 */
	private void item(int from, int to, List<Declared> declared) {
		Token first = this.tokens.get(from);
		boolean tableConstraint = first.is("CONSTRAINT") || first.is("PRIMARY") || first.is("UNIQUE")
				|| first.is("CHECK") || first.is("FOREIGN");
		String column = tableConstraint ? null : first.text();
		String name = null;
		int i = tableConstraint ? from : from + 1;
		while (i < to) {
			Token token = this.tokens.get(i);
			if (token.isPunct('(')) {
				i = closing(i) + 1;
				continue;
			}
			if (token.is("CONSTRAINT") && i + 1 < to) {
				name = this.tokens.get(i + 1).text();
				i += 2;
				continue;
			}
			if (token.is("PRIMARY") || token.is("UNIQUE") || token.is("FOREIGN")) {
				boolean primaryKey = token.is("PRIMARY");
				Kind kind = token.is("FOREIGN") ? Kind.FOREIGN_KEY : Kind.UNIQUE;
				List<String> columns = List.of();
				int list = (column == null) ? next(i, to, '(') : -1;
				if (list >= 0) {
					columns = firstNames(list + 1, closing(list));
					i = closing(list);
				}
				else if (column != null) {
					columns = List.of(column);
				}
				declared.add(new Declared(kind, primaryKey, name, columns, null));
			}
			else if (token.is("REFERENCES") && column != null) {
				declared.add(new Declared(Kind.FOREIGN_KEY, false, name, List.of(column), null));
			}
			else if (token.is("CHECK") && i + 1 < to && this.tokens.get(i + 1).isPunct('(')) {
				int close = closing(i + 1);
				int spanStart = this.tokens.get(i + 1).end();
				int spanEnd = (close < this.tokens.size()) ? this.tokens.get(close).start() : this.sql.length();
				String expression = this.sql.substring(spanStart, Math.max(spanStart, spanEnd)).strip();
				declared.add(new Declared(Kind.CHECK, false, name, (column != null) ? List.of(column) : List.of(),
						expression));
				i = close;
			}
			i++;
		}
	}

	/** The first name of each comma-separated element of a list: {@code a COLLATE NOCASE, "b" DESC}. */
	private List<String> firstNames(int from, int to) {
		List<String> names = new ArrayList<>(2);
		boolean expectName = true;
		int depth = 0;
		for (int i = from; i < to && i < this.tokens.size(); i++) {
			Token token = this.tokens.get(i);
			if (token.isPunct('(')) {
				depth++;
			}
			else if (token.isPunct(')')) {
				depth--;
			}
			else if (depth == 0 && token.isPunct(',')) {
				expectName = true;
			}
			else if (expectName && depth == 0) {
				if (token.isName() || token.type() == Type.STRING) {
					names.add(token.text());
				}
				expectName = false;
			}
		}
		return names;
	}

	/** The names among tokens {@code [from, to)} that are columns of the table, distinct, as the table spells them. */
	private List<String> namesIn(int from, int to, List<String> tableColumns) {
		List<String> names = new ArrayList<>(2);
		for (int i = from; i < to && i < this.tokens.size(); i++) {
			Token token = this.tokens.get(i);
			if (!token.isName()) {
				continue;
			}
			for (String column : tableColumns) {
				if (column.equalsIgnoreCase(token.text()) && !names.contains(column)) {
					names.add(column);
				}
			}
		}
		return names;
	}

	/** The index of the first {@code c} punctuation token in {@code [from, to)}, or -1. */
	private int next(int from, int to, char c) {
		for (int i = from; i < to; i++) {
			if (this.tokens.get(i).isPunct(c)) {
				return i;
			}
		}
		return -1;
	}

	/** The index of the parenthesis closing the one at {@code open}, or the number of tokens when unclosed. */
	private int closing(int open) {
		int depth = 0;
		for (int i = open; i < this.tokens.size(); i++) {
			Token token = this.tokens.get(i);
			if (token.isPunct('(')) {
				depth++;
			}
			else if (token.isPunct(')') && --depth == 0) {
				return i;
			}
		}
		return this.tokens.size();
	}

	/**
	 * Words, quoted identifiers and string literals (each one token, unquoted), and single punctuation
	 * characters. Comments and spaces are dropped.
	 */
	private static List<Token> tokenize(String sql) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int length = sql.length();
		while (i < length) {
			char c = sql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
				int end = sql.indexOf('\n', i);
				i = (end < 0) ? length : end + 1;
			}
			else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
				int end = sql.indexOf("*/", i + 2);
				i = (end < 0) ? length : end + 2;
			}
			else if (c == '"' || c == '`' || c == '[' || c == '\'') {
				char close = (c == '[') ? ']' : c;
				int end = i + 1;
				while (end < length) {
					if (sql.charAt(end) == close) {
						if (close != ']' && end + 1 < length && sql.charAt(end + 1) == close) {
							end += 2;
							continue;
						}
						break;
					}
					end++;
				}
				int stop = Math.min(end + 1, length);
				tokens.add(new Token(dequote(sql.substring(i, stop)), (c == '\'') ? Type.STRING : Type.QUOTED, i, stop));
				i = stop;
			}
			else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127) {
				int start = i;
				while (i < length) {
					char d = sql.charAt(i);
					if (!(Character.isLetterOrDigit(d) || d == '_' || d == '$' || d > 127)) {
						break;
					}
					i++;
				}
				tokens.add(new Token(sql.substring(start, i), Type.WORD, start, i));
			}
			else {
				tokens.add(new Token(String.valueOf(c), Type.PUNCT, i, i + 1));
				i++;
			}
		}
		return tokens;
	}

}
