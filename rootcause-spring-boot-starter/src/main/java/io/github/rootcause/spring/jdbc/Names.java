package io.github.rootcause.spring.jdbc;

import java.util.Locale;

/**
 * Normalizes table and column names from mapping metadata for case-insensitive lookups: removes a schema or
 * catalog prefix and the quotes around a quoted identifier.
 */
public final class Names {

	private Names() {
	}

	/**
	 * The unqualified, unquoted name, in lower case, as a lookup key.
	 * @param name a possibly qualified, possibly quoted name ({@code "app"."Customer"}, {@code `order`},
	 * {@code [Order]}); may be {@code null}
	 * @return the key, or {@code null} for {@code null}
	 */
	public static String key(String name) {
		return (name != null) ? unquoted(name).toLowerCase(Locale.ROOT) : null;
	}

	private static String unquoted(String name) {
		String trimmed = name.strip();
		if (trimmed.isEmpty()) {
			return trimmed;
		}
		char last = trimmed.charAt(trimmed.length() - 1);
		char open = switch (last) {
			case '"' -> '"';
			case '`' -> '`';
			case ']' -> '[';
			default -> 0;
		};
		if (open == 0) {
			int dot = trimmed.lastIndexOf('.');
			return (dot >= 0) ? trimmed.substring(dot + 1) : trimmed;
		}
		// Scan back to the opening quote; a doubled quote inside is an escaped quote.
		int end = trimmed.length() - 1;
		int index = end - 1;
		StringBuilder reversed = new StringBuilder();
		while (index >= 0) {
			char c = trimmed.charAt(index);
			if (c == open) {
				if (open != '[' && index > 0 && trimmed.charAt(index - 1) == open) {
					reversed.append(c);
					index -= 2;
					continue;
				}
				break;
			}
			reversed.append(c);
			index--;
		}
		return reversed.reverse().toString();
	}

}
