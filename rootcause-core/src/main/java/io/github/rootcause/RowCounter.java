package io.github.rootcause;

/**
 * Tells whether a statement, as pgjdbc writes a batch entry into its message, writes more than one row: whether a
 * {@code ), (} joins two parenthesized groups outside any quotes and parentheses, as between the rows of a
 * multi-row {@code VALUES} list. A hand-written scan, once over the text; quotes are single ({@code '...'}, a
 * doubled quote inside) or double ({@code "..."}).
 */
final class RowCounter {

	private RowCounter() {
	}

	/**
	 * Whether the text between two offsets holds {@code )}, then a comma, then {@code (} at the outermost level.
	 * @param text the text
	 * @param from where to start
	 * @param to where to stop (exclusive)
	 * @return {@code true} when it looks like several rows, or when the scan cannot tell (unbalanced)
	 */
	static boolean severalRows(String text, int from, int to) {
		int depth = 0;
		boolean closed = false;
		boolean comma = false;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '\'' || c == '"') {
				int end = text.indexOf(c, i + 1);
				while (end >= 0 && end + 1 < to && text.charAt(end + 1) == c) {
					end = text.indexOf(c, end + 2);
				}
				if (end < 0 || end >= to) {
					return true;
				}
				i = end;
				closed = false;
				comma = false;
			}
			else if (c == '(') {
				if (depth == 0 && closed && comma) {
					return true;
				}
				depth++;
			}
			else if (c == ')') {
				depth--;
				if (depth < 0) {
					return true;
				}
				closed = depth == 0;
				comma = false;
			}
			else if (c == ',' && depth == 0 && closed) {
				comma = true;
			}
			else if (!Character.isWhitespace(c) && depth == 0) {
				closed = false;
				comma = false;
			}
		}
		return depth != 0;
	}

}
