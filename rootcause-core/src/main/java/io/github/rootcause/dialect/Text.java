package io.github.rootcause.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * The small, linear-time scanning the dialects share: quoted names with doubled-quote escapes and qualified names.
 * No regular expressions, so no message can make a dialect backtrack.
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
		int after = afterQuoted(text, open, quote);
		return (after < 0) ? null : between(text, open, after, quote);
	}

	/**
	 * The content of a quoted name already delimited by {@link #afterQuoted}: a quote inside can only be one half of
	 * a doubled quote, so the content is copied once and unescaped only when it holds one.
	 * @param text the message
	 * @param open the index of the opening quote
	 * @param after the index just after the closing quote
	 * @param quote the quote character
	 * @return the unescaped content
	 */
	static String between(String text, int open, int after, char quote) {
		String content = text.substring(open + 1, after - 1);
		if (content.indexOf(quote) < 0) {
			return content;
		}
		String single = String.valueOf(quote);
		return content.replace(single + single, single);
	}

	/**
	 * The index just after the quote that closes the one at {@code open}; a doubled quote inside does not close.
	 * @param text the message
	 * @param open the index of the opening quote
	 * @param quote the quote character
	 * @return the index, or -1 when {@code open} is not a quote or it is never closed
	 */
	static int afterQuoted(String text, int open, char quote) {
		return (text != null) ? afterQuoted(text, open, quote, text.length()) : -1;
	}

	/**
	 * The index just after the quote that closes the one at {@code open}, reading {@code text} as if it ended at
	 * {@code end}.
	 * @param text the message
	 * @param open the index of the opening quote
	 * @param quote the quote character
	 * @param end where the text is read to, exclusive
	 * @return the index, or -1 when {@code open} is not a quote or it is not closed before {@code end}
	 */
	static int afterQuoted(String text, int open, char quote, int end) {
		if (open < 0 || open >= end || text.charAt(open) != quote) {
			return -1;
		}
		for (int i = open + 1; i < end; i++) {
			if (text.charAt(i) == quote) {
				if (i + 1 < end && text.charAt(i + 1) == quote) {
					i++;
					continue;
				}
				return i + 1;
			}
		}
		return -1;
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
	 * {@code text[start, end)} without the white space and control characters around it, as {@link String#trim()}
	 * leaves it, copied once.
	 * @param text the text
	 * @param start where the part starts
	 * @param end where it ends, exclusive
	 * @return the trimmed part, empty when it is all white space
	 */
	static String trimmed(String text, int start, int end) {
		int first = start;
		int last = end;
		while (first < last && text.charAt(first) <= ' ') {
			first++;
		}
		while (last > first && text.charAt(last - 1) <= ' ') {
			last--;
		}
		return text.substring(first, last);
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
			int next = afterQuoted(name, i, quote);
			if (next >= 0) {
				part = quoted(name, i, quote);
			}
			else if (name.charAt(i) == quote) {
				part = name.substring(i + 1);
				next = name.length();
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

}
