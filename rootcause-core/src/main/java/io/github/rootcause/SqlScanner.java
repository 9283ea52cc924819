package io.github.rootcause;

import java.util.ArrayList;
import java.util.List;

/**
 * A forward-only scan over a SQL statement, for {@link Statement}: words, possibly qualified and quoted names,
 * and the targets of an {@code UPDATE}'s {@code SET}, skipping spaces and comments. Every method moves forward
 * only, so a statement is read in linear time.
 */
final class SqlScanner {

	/** The words that end a {@code SET} clause's last assignment. */
	private static final String[] AFTER_SET = { "WHERE", "FROM", "RETURNING", "ORDER", "LIMIT", "OUTPUT" };

	private final String sql;

	private int at;

	/** Whether the last part {@link #name()} read was quoted, and so is a name even when it reads as a keyword. */
	private boolean quoted;

	SqlScanner(String sql) {
		this.sql = sql;
	}

	/** The word of letters that starts here, past spaces and comments, or {@code null}. */
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

	/**
	 * Whether the last part of the last {@link #name()} was quoted ({@code "ONLY"} is a table, {@code ONLY} a
	 * keyword).
	 * @return whether it was quoted
	 */
	boolean quoted() {
		return this.quoted;
	}

	/**
	 * The columns of the {@code SET} clause that follows: past an alias, joins or hints to the word
	 * {@code SET}, then each target before its {@code =}, or each name of a parenthesized target list. Empty
	 * when there is no {@code SET}.
	 */
	List<String> assignments() {
		List<String> columns = new ArrayList<>(2);
		if (!"SET".equals(until(false, "SET"))) {
			return columns;
		}
		this.at += 3;
		List<String> target = name();
		while (target != null) {
			columns.add(target.get(target.size() - 1));
			skip();
			if (this.at < this.sql.length() && this.sql.charAt(this.at) == ',') {
				// the next name of a target list: SET (a, b) = (1, 2)
				this.at++;
			}
			else if (this.at < this.sql.length() && this.sql.charAt(this.at) == '='
					&& ",".equals(until(true, AFTER_SET))) {
				this.at++;
			}
			else {
				break;
			}
			target = name();
		}
		return columns;
	}

	/**
	 * The verb of the statement that a {@code WITH} clause precedes: the first of {@code INSERT}, {@code UPDATE},
	 * {@code DELETE}, {@code MERGE} and {@code SELECT} outside the parentheses of its common table expressions.
	 * @return the verb in upper case, or {@code null} at the end
	 */
	String afterWith() {
		String verb = until(false, "INSERT", "UPDATE", "DELETE", "MERGE", "SELECT");
		if (verb != null) {
			this.at += verb.length();
		}
		return verb;
	}

	/**
	 * Moves to the first of the words, or to a comma when {@code commas}, outside parentheses, literals,
	 * quoted names and comments; returns what it stopped at in upper case, or {@code null} at the end.
	 */
	private String until(boolean commas, String... words) {
		int depth = 0;
		while (this.at < this.sql.length()) {
			if (skipComment()) {
				continue;
			}
			char c = this.sql.charAt(this.at);
			if (c == '\'' || c == '"' || c == '`' || c == '[') {
				this.at = endOfQuoted(c);
			}
			else if (c == '(' || c == ')') {
				depth = Math.max(0, depth + ((c == '(') ? 1 : -1));
				this.at++;
			}
			else if (c == ',' && commas && depth == 0) {
				return ",";
			}
			else if (isNamePart(c)) {
				int start = this.at;
				while (this.at < this.sql.length() && isNamePart(this.sql.charAt(this.at))) {
					this.at++;
				}
				for (String word : words) {
					if (depth == 0 && this.sql.regionMatches(true, start, word, 0, word.length())
							&& this.at - start == word.length()) {
						this.at = start;
						return word;
					}
				}
			}
			else {
				this.at++;
			}
		}
		return null;
	}

	/** The index after the literal or quoted name opened here: a doubled quote, or a backslash in a literal, escapes. */
	private int endOfQuoted(char open) {
		char close = (open == '[') ? ']' : open;
		int i = this.at + 1;
		while (i < this.sql.length()) {
			char c = this.sql.charAt(i);
			if (c == '\\' && open == '\'') {
				i += 2;
			}
			else if (c == close && i + 1 < this.sql.length() && this.sql.charAt(i + 1) == close) {
				i += 2;
			}
			else if (c == close) {
				return i + 1;
			}
			else {
				i++;
			}
		}
		return this.sql.length();
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
		this.quoted = close != 0;
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
			else if (!skipComment()) {
				return;
			}
		}
	}

	/** Moves past the comment that starts here, if one does. */
	private boolean skipComment() {
		if (this.sql.startsWith("--", this.at)) {
			int end = this.sql.indexOf('\n', this.at);
			this.at = (end < 0) ? this.sql.length() : end + 1;
			return true;
		}
		if (this.sql.startsWith("/*", this.at)) {
			int end = this.sql.indexOf("*/", this.at + 2);
			this.at = (end < 0) ? this.sql.length() : end + 2;
			return true;
		}
		return false;
	}

}
