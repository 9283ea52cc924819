package io.github.rootcause.catalog;

import java.util.List;
import java.util.Objects;

import io.github.rootcause.Kind;

/**
 * One constraint or unique index as the catalog describes it.
 *
 * <p>Primary keys, unique constraints and unique indexes are all {@link Kind#UNIQUE}. A unique constraint and
 * the index that backs it may both appear when the database names them differently (H2). For an index on an
 * expression, {@code columns} holds the table columns the expression reads, when the database tells them.
 *
 * @param schema the schema (a database on MariaDB and MySQL), or {@code null} when the database has none
 * @param table the table the constraint belongs to; for a foreign key, the referencing (child) table
 * @param name the constraint or index name as the database stores it
 * @param kind the kind of constraint
 * @param columns the constrained columns in order; empty when not known
 * @param referencedTable for a foreign key, the referenced (parent) table; otherwise {@code null}
 */
public record Constraint(String schema, String table, String name, Kind kind, List<String> columns,
		String referencedTable) {

	/**
	 * Checks the required components and copies the columns.
	 * @param schema the schema, or {@code null}
	 * @param table the table
	 * @param name the name
	 * @param kind the kind
	 * @param columns the columns
	 * @param referencedTable the referenced table, or {@code null}
	 */
	public Constraint {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		columns = (columns != null) ? List.copyOf(columns) : List.of();
	}

	/**
	 * Whether this constraint belongs to the given table, compared case-insensitively.
	 * @param table a table name without schema
	 * @return whether it is this constraint's table
	 */
	public boolean isOn(String table) {
		return this.table.equalsIgnoreCase(table);
	}

	/**
	 * Whether this is a foreign key that references the given table, compared case-insensitively.
	 * @param table a table name without schema
	 * @return whether this foreign key references it
	 */
	public boolean references(String table) {
		return this.referencedTable != null && this.referencedTable.equalsIgnoreCase(table);
	}

	/**
	 * Whether this constraint covers exactly the given columns in any order, compared case-insensitively.
	 * @param names column names
	 * @return whether the column sets are equal
	 */
	public boolean hasColumns(List<String> names) {
		if (names.size() != this.columns.size()) {
			return false;
		}
		for (String name : names) {
			if (!contains(this.columns, name)) {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(List<String> columns, String name) {
		for (String column : columns) {
			if (column.equalsIgnoreCase(name)) {
				return true;
			}
		}
		return false;
	}

}
