package io.github.rootcause.spring.batch;

import java.util.List;
import java.util.Objects;

/**
 * An item that a step skipped for a constraint violation, named without any of its values.
 *
 * @param position the item's 1-based position in the input (see {@link ViolationSkipListener}), or {@code 0} when
 * it is not known
 * @param kind the kind of violation: {@code unique}, {@code not-null}, {@code check}, {@code foreign-key} or
 * {@code exclusion}
 * @param constraint the violated constraint, or {@code ""} when neither the database nor the catalog named it (a
 * not-null column)
 * @param table the table written, or {@code ""} when not known
 * @param fields the entity fields, else the columns, of the violation; empty when not known
 */
public record SkippedItem(long position, String kind, String constraint, String table, List<String> fields) {

	/**
	 * Creates the skipped item.
	 * @param position the item's 1-based position in the input, or {@code 0}
	 * @param kind the kind of violation
	 * @param constraint the violated constraint, or {@code ""}
	 * @param table the table written, or {@code ""}
	 * @param fields the entity fields, else the columns
	 */
	public SkippedItem {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(constraint, "constraint");
		Objects.requireNonNull(table, "table");
		fields = List.copyOf(fields);
	}

	/**
	 * A line for the log: the position, kind, constraint, table and fields, never a value.
	 * @return the description
	 */
	public String describe() {
		return "item " + ((this.position > 0) ? this.position : "(position unknown)") + ": " + this.kind
				+ " violation of " + (this.constraint.isEmpty() ? "(unnamed)" : this.constraint)
				+ (this.table.isEmpty() ? "" : " on " + this.table)
				+ (this.fields.isEmpty() ? "" : " (" + String.join(", ", this.fields) + ")");
	}

	/** The item as one line of the step's execution context: its parts separated by tabs. */
	String line() {
		return this.position + "\t" + this.kind + "\t" + this.constraint + "\t" + this.table + "\t"
				+ String.join(",", this.fields);
	}

	/** The item of a line written by {@link #line()}. */
	static SkippedItem ofLine(String line) {
		String[] parts = line.split("\t", -1);
		if (parts.length != 5) {
			throw new IllegalArgumentException("Not a skipped item: " + parts.length + " parts");
		}
		return new SkippedItem(Long.parseLong(parts[0]), parts[1], parts[2], parts[3],
				parts[4].isEmpty() ? List.of() : List.of(parts[4].split(",")));
	}

}
