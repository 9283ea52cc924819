package io.github.rootcause.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * The small, linear-time scanning the dialects share: quoted names with doubled-quote escapes, qualified names,
 * column lists. No regular expressions, so no message can make a dialect backtrack.
 */
final class Text {

	private Text() {
	}

	/**
	 * The text between the quote at {@code open} and its closing quote; a doubled quote inside stands for one.
	 * @param text the message
	 * @param open the index of the opening quote
	 * @param quote the quote character
	 * @return the unescaped content, or {@code null} when {@code open} is not a quote or it is never closed
	 */
	static String quoted(String text, int open, char quote) {
		return quoted(text, open, quote, quote);
	}

	/**
	 * The text between an opening quote at {@code open} and the matching closing quote (which may differ, as in
	 * {@code [name]}); a doubled closing quote inside stands for one.
	 * @param text the message
	 * @param open the index of the opening quote
	 * @param openQuote the opening quote character
	 * @param closeQuote the closing quote character
	 * @return the unescaped content, or {@code null} when {@code open} is not a quote or it is never closed
	 */
	static String quoted(String text, int open, char openQuote, char closeQuote) {
		if (text == null || open < 0 || open >= text.length() || text.charAt(open) != openQuote) {
			return null;
		}
		StringBuilder content = null;
		int start = open + 1;
		int i = start;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == closeQuote) {
				if (i + 1 < text.length() && text.charAt(i + 1) == closeQuote) {
					if (content == null) {
						content = new StringBuilder();
					}
					content.append(text, start, i + 1);
					i += 2;
					start = i;
					continue;
				}
				return (content == null) ? text.substring(start, i) : content.append(text, start, i).toString();
			}
			i++;
		}
		return null;
	}

	/**
	 * The quoted text that follows the first occurrence of {@code marker}, skipping spaces between them.
	 * @param text the message, may be {@code null}
	 * @param marker the text just before the quote, for example {@code "constraint "}
	 * @param quote the quote character
	 * @return the unescaped content, or {@code null}
	 */
	static String quotedAfter(String text, String marker, char quote) {
		if (text == null) {
			return null;
		}
		int at = text.indexOf(marker);
		return (at < 0) ? null : quoted(text, skipSpaces(text, at + marker.length()), quote);
	}

	/**
	 * The index of the first character at or after {@code from} that is not a space.
	 * @param text the text
	 * @param from where to start
	 * @return the index, possibly {@code text.length()}
	 */
	static int skipSpaces(String text, int from) {
		int i = from;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		return i;
	}

	/**
	 * The last part of a qualified name: {@code table} for {@code schema.table}; a quoted part keeps its dots.
	 * @param name a possibly qualified, possibly quoted name
	 * @param quote the quote character the database uses around parts
	 * @return the last part, unquoted; {@code null} for {@code null}
	 */
	static String lastPart(String name, char quote) {
		List<String> parts = parts(name, quote);
		return parts.isEmpty() ? null : parts.get(parts.size() - 1);
	}

	/**
	 * The parts of a qualified name, split on dots outside quotes and unquoted.
	 * @param name a possibly qualified, possibly quoted name such as {@code "my schema".orders}
	 * @param quote the quote character the database uses around parts
	 * @return the parts; empty for {@code null} or blank
	 */
	static List<String> parts(String name, char quote) {
		List<String> parts = new ArrayList<>(3);
		if (name == null) {
			return parts;
		}
		int i = 0;
		while (i < name.length()) {
			i = skipSpaces(name, i);
			if (i >= name.length()) {
				break;
			}
			String part;
			int next;
			if (name.charAt(i) == quote) {
				part = quoted(name, i, quote);
				if (part == null) {
					part = name.substring(i + 1);
					next = name.length();
				}
				else {
					next = closingQuote(name, i, quote) + 1;
				}
			}
			else {
				int dot = name.indexOf('.', i);
				next = (dot < 0) ? name.length() : dot;
				part = name.substring(i, next).trim();
			}
			if (!part.isEmpty()) {
				parts.add(part);
			}
			int dot = name.indexOf('.', next);
			if (dot < 0) {
				break;
			}
			i = dot + 1;
		}
		return parts;
	}

	/**
	 * Splits a column list such as {@code a, "b c", d} on commas outside quotes and parentheses, unquoting each.
	 * @param list the list without its surrounding parentheses
	 * @param quote the quote character the database uses around names
	 * @return the names, trimmed and unquoted
	 */
	static List<String> columns(String list, char quote) {
		List<String> columns = new ArrayList<>();
		if (list == null) {
			return columns;
		}
		int depth = 0;
		boolean quoted = false;
		int start = 0;
		for (int i = 0; i <= list.length(); i++) {
			char c = (i < list.length()) ? list.charAt(i) : ',';
			if (c == quote) {
				quoted = !quoted;
			}
			else if (!quoted && c == '(') {
				depth++;
			}
			else if (!quoted && c == ')') {
				depth--;
			}
			else if (!quoted && depth <= 0 && c == ',') {
				String column = unquote(list.substring(start, Math.min(i, list.length())).trim(), quote);
				if (!column.isEmpty()) {
					columns.add(column);
				}
				start = i + 1;
			}
		}
		return columns;
	}

	/**
	 * Removes one pair of surrounding quotes and undoubles the quotes inside.
	 * @param name a name, possibly quoted
	 * @param quote the quote character
	 * @return the unquoted name
	 */
	static String unquote(String name, char quote) {
		if (name.length() >= 2 && name.charAt(0) == quote && name.charAt(name.length() - 1) == quote) {
			String inner = quoted(name, 0, quote);
			return (inner != null) ? inner : name.substring(1, name.length() - 1);
		}
		return name;
	}

	private static int closingQuote(String text, int open, char quote) {
		int i = open + 1;
		while (i < text.length()) {
			if (text.charAt(i) == quote) {
				if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i;
			}
			i++;
		}
		return text.length() - 1;
	}

}
