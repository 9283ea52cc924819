package io.github.rootcause.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.rootcause.Database;

/**
 * A catalog query's result, read whole: its rows with their column labels. The readers map rows to constraints
 * from this one shape whether the rows came over JDBC ({@link CatalogSql#read(java.sql.Connection, Database, CatalogSql)}) or over
 * R2DBC ({@link R2dbcCatalogReader}), so a query's SQL and its row mapping are written once.
 *
 * @param rows the rows, in the order the database returned them
 */
record Rows(List<Row> rows) {

	/** The result of an optional query that failed: no rows. */
	static final Rows NONE = new Rows(List.of());

	/**
	 * One row: values by position (from 1, as JDBC counts) and by case-insensitive label.
	 *
	 * @param labels the column labels, upper case, to their position from 0; shared by the rows of a result
	 * @param values the values, as the driver gave them (arrays as lists of strings)
	 */
	record Row(Map<String, Integer> labels, Object[] values) {

		/**
		 * Whether the result has a column of this label.
		 * @param label the label
		 * @return {@code true} when it has
		 */
		boolean has(String label) {
			return this.labels.containsKey(label.toUpperCase(Locale.ROOT));
		}

		String string(int position) {
			return text(this.values[position - 1]);
		}

		String string(String label) {
			Integer position = this.labels.get(label.toUpperCase(Locale.ROOT));
			return (position != null) ? text(this.values[position]) : null;
		}

		int integer(int position) {
			return number(this.values[position - 1]);
		}

		int integer(String label) {
			Integer position = this.labels.get(label.toUpperCase(Locale.ROOT));
			return (position != null) ? number(this.values[position]) : 0;
		}

		/** An array column's elements as text, nulls left out. */
		List<String> strings(int position) {
			Object value = this.values[position - 1];
			List<?> elements = (value instanceof Object[] array) ? Arrays.asList(array)
					: (value instanceof List<?> list) ? list : List.of();
			List<String> strings = new ArrayList<>(elements.size());
			for (Object element : elements) {
				if (element != null) {
					strings.add(text(element));
				}
			}
			return strings;
		}

		private static String text(Object value) {
			if (value == null || value instanceof String) {
				return (String) value;
			}
			return (value instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
		}

		private static int number(Object value) {
			if (value instanceof Number number) {
				return number.intValue();
			}
			return (value != null) ? Integer.parseInt(value.toString().trim()) : 0;
		}

	}

}
