package io.github.rootcause;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The constraint a database write violated: its {@link Kind kind}, and as far as they are known its name, table,
 * columns and entity fields.
 *
 * <p>Names come back as the database stores them (PostgreSQL and MariaDB in lower case unless quoted, H2, HSQLDB,
 * Derby, Oracle and Db2 in upper case), without quotes and without schema or table prefixes. What the database did
 * not report is empty until a {@link Resolver} fills it from the catalog and the entity model. A resolver with
 * {@link Naming#DECLARED} (the Spring Boot starter's default) spells them as the application declared them, alike
 * on every database.
 *
 * <p>The predicates compare case-insensitively and match columns or fields, so
 * {@code cause.isUnique("email")} holds whether the database calls the column {@code EMAIL} or the entity calls
 * the field {@code email}.
 *
 * <p>Instances are immutable; the {@code with…} methods return changed copies.
 */
public final class Cause {

	private final Kind kind;

	private final String constraint;

	private final String schema;

	private final String table;

	private final List<String> columns;

	private final List<String> fields;

	private final String entity;

	private final Reference reference;

	private final Database database;

	Cause(Kind kind, String constraint, String schema, String table, List<String> columns,
			List<String> fields, String entity, Reference reference, Database database) {
		this.kind = Objects.requireNonNull(kind, "kind");
		this.constraint = blankToNull(constraint);
		this.schema = blankToNull(schema);
		this.table = blankToNull(table);
		this.columns = columns;
		this.fields = fields;
		this.entity = blankToNull(entity);
		this.reference = (kind == Kind.FOREIGN_KEY) ? reference : null;
		this.database = database;
	}

	/**
	 * A cause of the given kind with nothing else known yet.
	 * @param kind the kind of constraint
	 * @return a new cause
	 */
	public static Cause of(Kind kind) {
		return new Cause(kind, null, null, null, List.of(), List.of(), null, null, null);
	}

	/**
	 * A builder for a cause of the given kind, for code that reads several of its parts at once (a dialect): the
	 * cause is made once, by {@link CauseBuilder#build()}, instead of one copy per {@code with…}.
	 * @param kind the kind of constraint
	 * @return a new builder with nothing else set
	 */
	public static CauseBuilder builder(Kind kind) {
		return new CauseBuilder(Objects.requireNonNull(kind, "kind"));
	}

	/**
	 * The kind of constraint that was violated.
	 * @return the kind, never {@code null}
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * The name of the violated constraint or unique index, as the database stores it.
	 * @return the name, or empty when neither the database nor the catalog told it
	 */
	public Optional<String> constraint() {
		return Optional.ofNullable(this.constraint);
	}

	/**
	 * The schema (a database, on MariaDB and MySQL) of the table, when the database reported it.
	 * @return the schema, or empty
	 */
	public Optional<String> schema() {
		return Optional.ofNullable(this.schema);
	}

	/**
	 * The table the constraint belongs to: for a foreign key, the referencing (child) table. One exception: for a
	 * foreign key violated by an {@code UPDATE} on Apache Derby, which names only the updated table,
	 * {@link RootCause#of(Throwable)} gives that table, which may be the parent; a {@link Resolver} replaces it
	 * with the child.
	 * @return the table name without schema, or empty when not known
	 */
	public Optional<String> table() {
		return Optional.ofNullable(this.table);
	}

	/**
	 * The columns the constraint covers, in the constraint's order.
	 * @return the column names, empty when not known (or when a unique index is on an expression)
	 */
	public List<String> columns() {
		return this.columns;
	}

	/**
	 * The entity attributes mapped to {@link #columns()}, in the same order, once resolved against an entity
	 * model.
	 * @return the field names, empty until resolved or when the model does not map the columns
	 */
	public List<String> fields() {
		return this.fields;
	}

	/**
	 * The entity mapped to {@link #table()}, once resolved against an entity model.
	 * @return the entity name, or empty
	 */
	public Optional<String> entity() {
		return Optional.ofNullable(this.entity);
	}

	/**
	 * For a {@link Kind#FOREIGN_KEY foreign key}: whether the referenced row is missing or the row is still
	 * referenced.
	 * @return the failed side, or empty for other kinds and when the database does not say (SQLite)
	 */
	public Optional<Reference> reference() {
		return Optional.ofNullable(this.reference);
	}

	/**
	 * The database that reported the violation.
	 * @return the database, or empty when it could not be told from the exception
	 */
	public Optional<Database> database() {
		return Optional.ofNullable(this.database);
	}

	/**
	 * Whether this is a unique violation on exactly the given columns or fields, in any order. With no arguments,
	 * whether this is a unique violation at all.
	 * @param columnsOrFields column or field names, compared case-insensitively
	 * @return whether they match
	 */
	public boolean isUnique(String... columnsOrFields) {
		return this.kind == Kind.UNIQUE && covers(columnsOrFields);
	}

	/**
	 * Whether this is a unique violation of the named constraint or unique index.
	 * @param name the constraint name, compared case-insensitively
	 * @return whether it matches
	 */
	public boolean isUniqueConstraint(String name) {
		return this.kind == Kind.UNIQUE && named(name);
	}

	/**
	 * Whether this is a violation of the named check constraint.
	 * @param name the constraint name, compared case-insensitively
	 * @return whether it matches
	 */
	public boolean isCheck(String name) {
		return this.kind == Kind.CHECK && named(name);
	}

	/**
	 * Whether this is a foreign key violation on exactly the given columns or fields, in any order. With no
	 * arguments, whether this is a foreign key violation at all.
	 * @param columnsOrFields column or field names, compared case-insensitively
	 * @return whether they match
	 */
	public boolean isForeignKey(String... columnsOrFields) {
		return this.kind == Kind.FOREIGN_KEY && covers(columnsOrFields);
	}

	/**
	 * Whether this is a not-null violation of the given column or field.
	 * @param columnOrField the column or field name, compared case-insensitively
	 * @return whether it matches
	 */
	public boolean isNotNull(String columnOrField) {
		return this.kind == Kind.NOT_NULL && covers(columnOrField);
	}

	/**
	 * Whether this is an exclusion constraint violation of the named constraint.
	 * @param name the constraint name, compared case-insensitively
	 * @return whether it matches
	 */
	public boolean isExclusion(String name) {
		return this.kind == Kind.EXCLUSION && named(name);
	}

	/**
	 * Whether a referenced row is missing: a {@link Kind#FOREIGN_KEY} violation from inserting or updating a child
	 * row.
	 * @return whether the reference is missing
	 */
	public boolean isMissingReference() {
		return this.reference == Reference.MISSING;
	}

	/**
	 * Whether the row is still referenced: a {@link Kind#FOREIGN_KEY} violation from deleting or updating a
	 * parent row.
	 * @return whether the row is still referenced
	 */
	public boolean isStillReferenced() {
		return this.reference == Reference.STILL_REFERENCED;
	}

	/**
	 * A copy with the given constraint name.
	 * @param constraint the name as the database stores it, or {@code null}
	 * @return the changed copy
	 */
	public Cause withConstraint(String constraint) {
		return new Cause(this.kind, constraint, this.schema, this.table, this.columns, this.fields, this.entity,
				this.reference, this.database);
	}

	/**
	 * A copy with the given schema.
	 * @param schema the schema, or {@code null}
	 * @return the changed copy
	 */
	public Cause withSchema(String schema) {
		return new Cause(this.kind, this.constraint, schema, this.table, this.columns, this.fields, this.entity,
				this.reference, this.database);
	}

	/**
	 * A copy with the given table.
	 * @param table the table name without schema, or {@code null}
	 * @return the changed copy
	 */
	public Cause withTable(String table) {
		return new Cause(this.kind, this.constraint, this.schema, table, this.columns, this.fields, this.entity,
				this.reference, this.database);
	}

	/**
	 * A copy with the given columns.
	 * @param columns the column names in the constraint's order
	 * @return the changed copy
	 */
	public Cause withColumns(Collection<String> columns) {
		return new Cause(this.kind, this.constraint, this.schema, this.table, names(columns), this.fields,
				this.entity, this.reference, this.database);
	}

	/**
	 * A copy with the given entity fields.
	 * @param fields the field names in the order of {@link #columns()}
	 * @return the changed copy
	 */
	public Cause withFields(Collection<String> fields) {
		return new Cause(this.kind, this.constraint, this.schema, this.table, this.columns, names(fields),
				this.entity, this.reference, this.database);
	}

	/**
	 * A copy with the given entity name.
	 * @param entity the entity name, or {@code null}
	 * @return the changed copy
	 */
	public Cause withEntity(String entity) {
		return new Cause(this.kind, this.constraint, this.schema, this.table, this.columns, this.fields, entity,
				this.reference, this.database);
	}

	/**
	 * A copy with the given failed side of a foreign key; ignored for other kinds.
	 * @param reference the side, or {@code null}
	 * @return the changed copy
	 */
	public Cause withReference(Reference reference) {
		return new Cause(this.kind, this.constraint, this.schema, this.table, this.columns, this.fields,
				this.entity, reference, this.database);
	}

	/*
	 * The parts as nullable values, for the resolver (Gaps), which asks for them many times per violation and
	 * would otherwise make an Optional each time.
	 */

	String constraintOrNull() {
		return this.constraint;
	}

	String schemaOrNull() {
		return this.schema;
	}

	String tableOrNull() {
		return this.table;
	}

	Reference referenceOrNull() {
		return this.reference;
	}

	Database databaseOrNull() {
		return this.database;
	}

	/**
	 * How much the cause tells, for choosing among the causes of one chain: a batch's summary exception loses to the
	 * driver's own, which names more.
	 */
	int known() {
		return ((this.constraint != null) ? 4 : 0) + ((this.table != null) ? 2 : 0) + (this.columns.isEmpty() ? 0 : 1)
				+ ((this.reference != null) ? 1 : 0);
	}

	/**
	 * A copy that names the database that reported it.
	 * @param database the database, or {@code null}
	 * @return the changed copy
	 */
	public Cause withDatabase(Database database) {
		return new Cause(this.kind, this.constraint, this.schema, this.table, this.columns, this.fields,
				this.entity, this.reference, database);
	}

	private boolean named(String name) {
		return this.constraint != null && this.constraint.equalsIgnoreCase(name);
	}

	private boolean covers(String... names) {
		if (names == null || names.length == 0) {
			return true;
		}
		return sameNames(this.columns, names) || sameNames(this.fields, names);
	}

	private static boolean sameNames(List<String> known, String... names) {
		if (known.size() != names.length) {
			return false;
		}
		for (String name : names) {
			if (name == null || known.stream().noneMatch(name::equalsIgnoreCase)) {
				return false;
			}
		}
		for (String name : known) {
			boolean listed = false;
			for (String candidate : names) {
				listed |= name.equalsIgnoreCase(candidate);
			}
			if (!listed) {
				return false;
			}
		}
		return true;
	}

	static List<String> names(Collection<String> names) {
		if (names == null || names.isEmpty()) {
			return List.of();
		}
		if (allNamed(names)) {
			// A scanner's list of one or two names, the usual key, is copied without the array List.copyOf makes.
			if (names instanceof ArrayList<String> list && list.size() <= 2) {
				return (list.size() == 1) ? List.of(list.get(0)) : List.of(list.get(0), list.get(1));
			}
			return List.copyOf(names);
		}
		List<String> copy = new ArrayList<>(names.size());
		for (String name : names) {
			if (name != null && !name.isBlank()) {
				copy.add(name);
			}
		}
		return List.copyOf(copy);
	}

	private static boolean allNamed(Collection<String> names) {
		for (String name : names) {
			if (name == null || name.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Cause that)) {
			return false;
		}
		return this.kind == that.kind && Objects.equals(this.constraint, that.constraint)
				&& Objects.equals(this.schema, that.schema) && Objects.equals(this.table, that.table)
				&& this.columns.equals(that.columns) && this.fields.equals(that.fields)
				&& Objects.equals(this.entity, that.entity) && this.reference == that.reference
				&& this.database == that.database;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.kind, this.constraint, this.schema, this.table, this.columns, this.fields,
				this.entity, this.reference, this.database);
	}

	/**
	 * A description for logs, for example
	 * {@code Cause[UNIQUE constraint=uq_customer_email table=customer columns=[email] fields=[email]]}. It holds
	 * names only, never values.
	 */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("Cause[").append(this.kind);
		append(text, "constraint", this.constraint);
		append(text, "schema", this.schema);
		append(text, "table", this.table);
		if (!this.columns.isEmpty()) {
			text.append(" columns=").append(this.columns);
		}
		if (!this.fields.isEmpty()) {
			text.append(" fields=").append(this.fields);
		}
		append(text, "entity", this.entity);
		if (this.reference != null) {
			text.append(" reference=").append(this.reference.name().toLowerCase(Locale.ROOT));
		}
		if (this.database != null) {
			text.append(" database=").append(this.database);
		}
		return text.append(']').toString();
	}

	private static void append(StringBuilder text, String label, String value) {
		if (value != null) {
			text.append(' ').append(label).append('=').append(value);
		}
	}

}
