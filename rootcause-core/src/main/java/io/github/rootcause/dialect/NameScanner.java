package io.github.rootcause.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * A forward-only cursor over SQL identifiers as H2, HSQLDB, MariaDB and MySQL write them into their messages: bare
 * ({@code CUSTOMER}), quoted with doubled quotes inside ({@code "My ""Table"""}, {@code `Chi``ld`}), or, on H2,
 * Unicode-escaped ({@code U&"K\00fc"}). Every method moves at most to the end of the text and never backs up, so
 * a scan is linear; a method that finds nothing it can read returns {@code null} or {@code false}.
 */
final class NameScanner {

	private final String text;

	private final char quote;

	private final int end;

	private int at;

	/**
	 * A scanner over names in double quotes.
	 * @param text the message
	 * @param from where to start
	 */
	NameScanner(String text, int from) {
		this(text, from, text.length(), '"');
	}

	/**
	 * A scanner over names in double quotes in {@code text[from, end)}, which it reads as if the text ended there:
	 * a part of a message, without copying it.
	 * @param text the message
	 * @param from where to start
	 * @param end where the part ends, exclusive
	 */
	NameScanner(String text, int from, int end) {
		this(text, from, end, '"');
	}

	/**
	 * A scanner over names in the given quotes ({@code `} on MariaDB and MySQL).
	 * @param text the message
	 * @param from where to start
	 * @param quote the quote character, doubled inside a name
	 */
	NameScanner(String text, int from, char quote) {
		this(text, from, text.length(), quote);
	}

	private NameScanner(String text, int from, int end, char quote) {
		this.text = text;
		this.at = from;
		this.end = end;
		this.quote = quote;
	}

	/**
	 * Whether the text continues with {@code literal}; if so, moves past it.
	 * @param literal the expected text
	 * @return whether it was there
	 */
	boolean skip(String literal) {
		if (this.at + literal.length() <= this.end && this.text.startsWith(literal, this.at)) {
			this.at += literal.length();
			return true;
		}
		return false;
	}

	/**
	 * Moves to the next quote, past whatever text separates two quoted names (a translated message's words).
	 * @return whether a quote follows; if not, the cursor does not move
	 */
	boolean skipToQuote() {
		int next = this.text.indexOf(this.quote, this.at);
		if (next < 0 || next >= this.end) {
			return false;
		}
		this.at = next;
		return true;
	}

	/**
	 * A possibly qualified name such as {@code PUBLIC."My Table"}.
	 * @return its parts, unquoted; empty when no identifier starts here
	 */
	List<String> qualifiedName() {
		List<String> parts = new ArrayList<>(2);
		String part = identifier();
		while (part != null) {
			parts.add(part);
			part = skip(".") ? identifier() : null;
		}
		return parts;
	}

	/**
	 * Moves past a possibly qualified name without reading it, as {@link #qualifiedName()} would.
	 * @return whether a name was there
	 */
	boolean skipQualifiedName() {
		boolean named = false;
		do {
			if (!skipIdentifier()) {
				return named;
			}
			named = true;
		}
		while (skip("."));
		return true;
	}

	private boolean skipIdentifier() {
		if (this.quote == '"' && skip("U&\"")) {
			this.at--;
		}
		if (this.at < this.end && this.text.charAt(this.at) == this.quote) {
			int after = Text.afterQuoted(this.text, this.at, this.quote, this.end);
			this.at = (after < 0) ? this.end : after;
			return after >= 0;
		}
		int start = this.at;
		while (this.at < this.end && isBare(this.text.charAt(this.at))) {
			this.at++;
		}
		return this.at > start;
	}

	/**
	 * One identifier: bare (letters, digits, {@code _}, {@code $}), quoted, or H2's {@code U&"…"}.
	 * @return the identifier, unquoted and unescaped, or {@code null}
	 */
	String identifier() {
		if (this.quote == '"' && skip("U&\"")) {
			this.at--;
			String escaped = quoted();
			return (escaped != null) ? unescape(escaped) : null;
		}
		if (this.at < this.end && this.text.charAt(this.at) == this.quote) {
			return quoted();
		}
		int start = this.at;
		while (this.at < this.end && isBare(this.text.charAt(this.at))) {
			this.at++;
		}
		return (this.at > start) ? this.text.substring(start, this.at) : null;
	}

	/**
	 * A name that is quoted when it starts with a quote, else everything up to the first of the markers (or to the
	 * end): HSQLDB writes some names without quotes even when they hold spaces.
	 * @param markers the texts that may follow the name
	 * @return the name, or {@code null} when it would be empty or its quote is never closed
	 */
	String nameBefore(String... markers) {
		if (this.at < this.end && this.text.charAt(this.at) == this.quote) {
			return quoted();
		}
		int end = this.end;
		for (String marker : markers) {
			int found = this.text.indexOf(marker, this.at);
			if (found >= 0 && found < end && found + marker.length() <= this.end) {
				end = found;
			}
		}
		String name = this.text.substring(this.at, end);
		this.at = end;
		return name.isEmpty() ? null : name;
	}

	/**
	 * A parenthesized column list such as {@code (A NULLS FIRST, "B c" DESC)}: the names, without what follows
	 * each of them.
	 * @return the column names, or {@code null} when no complete list starts here
	 */
	List<String> columnList() {
		if (!skip("(")) {
			return null;
		}
		List<String> columns = new ArrayList<>(2);
		while (true) {
			while (skip(" ")) {
				// spaces before the name
			}
			String column = identifier();
			if (column == null) {
				return null;
			}
			columns.add(column);
			while (this.at < this.end && this.text.charAt(this.at) != ','
					&& this.text.charAt(this.at) != ')') {
				this.at++;
			}
			if (skip(")")) {
				return columns;
			}
			if (!skip(",")) {
				return null;
			}
		}
	}

	private String quoted() {
		int after = Text.afterQuoted(this.text, this.at, this.quote, this.end);
		String content = (after < 0) ? null : Text.between(this.text, this.at, after, this.quote);
		this.at = (after < 0) ? this.end : after;
		return content;
	}

	private static boolean isBare(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$';
	}

	/**
	 * Undoes H2's escaping of text inside quotes: {@code \\} stands for a backslash, {@code \hhhh} for a UTF-16
	 * unit and {@code \+hhhhhh} for a code point. Anything else is kept as it is.
	 * @param text the escaped text
	 * @return the text
	 */
	static String unescape(String text) {
		if (text.indexOf('\\') < 0) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				if (text.charAt(i + 1) == '\\') {
					result.append('\\');
					i += 2;
					continue;
				}
				boolean wide = text.charAt(i + 1) == '+';
				int start = wide ? i + 2 : i + 1;
				int codePoint = hex(text, start, wide ? 6 : 4);
				if (codePoint >= 0 && Character.isValidCodePoint(codePoint)) {
					result.appendCodePoint(codePoint);
					i = start + (wide ? 6 : 4);
					continue;
				}
			}
			result.append(c);
			i++;
		}
		return result.toString();
	}

	private static int hex(String text, int start, int digits) {
		if (start + digits > text.length()) {
			return -1;
		}
		int value = 0;
		for (int i = start; i < start + digits; i++) {
			int digit = Character.digit(text.charAt(i), 16);
			if (digit < 0) {
				return -1;
			}
			value = value * 16 + digit;
		}
		return value;
	}

}
