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
 * @param onDelete for a foreign key, what deleting a referenced row does, in upper case as SQL writes it
 * ({@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}, {@code RESTRICT}, {@code NO ACTION}); {@code null} when
 * not known or not a foreign key
 * @param declared for the copy of a constraint that the database made on a partition (PostgreSQL), the one the
 * application declared on the partitioned table; otherwise {@code null}
 */
public record Constraint(String schema, String table, String name, Kind kind, List<String> columns,
		String referencedTable, String onDelete, Constraint declared) {

	/**
	 * Checks the required components and copies the columns.
	 * @param schema the schema, or {@code null}
	 * @param table the table
	 * @param name the name
	 * @param kind the kind
	 * @param columns the columns
	 * @param referencedTable the referenced table, or {@code null}
	 * @param onDelete the foreign key's delete rule, or {@code null}
	 * @param declared the constraint this one is a partition's copy of, or {@code null}
	 */
	public Constraint {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		columns = (columns != null) ? List.copyOf(columns) : List.of();
	}

	/**
	 * A constraint declared on its own table, with no delete rule known.
	 * @param schema the schema, or {@code null}
	 * @param table the table
	 * @param name the name
	 * @param kind the kind
	 * @param columns the columns
	 * @param referencedTable the referenced table, or {@code null}
	 */
	public Constraint(String schema, String table, String name, Kind kind, List<String> columns,
			String referencedTable) {
		this(schema, table, name, kind, columns, referencedTable, null, null);
	}

	/**
	 * Whether deleting a referenced row deletes the referencing rows too ({@code ON DELETE CASCADE}), so that the
	 * rows that reference those may stop the delete.
	 * @return whether this is a foreign key known to cascade deletes
	 */
	public boolean cascadesDeletes() {
		return "CASCADE".equals(this.onDelete);
	}

	/**
	 * Whether deleting a referenced row can fail on this foreign key: it neither cascades nor sets the referencing
	 * columns to null or their default. A foreign key whose delete rule is not known can.
	 * @return whether a delete of a referenced row can violate it
	 */
	public boolean restrictsDeletes() {
		return this.onDelete == null || "RESTRICT".equals(this.onDelete) || "NO ACTION".equals(this.onDelete);
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
