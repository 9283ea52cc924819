package io.github.rootcause;

import java.util.Collection;
import java.util.List;

/**
 * Collects the parts of a {@link Cause} as they are read, then makes the cause once: what a dialect uses instead of
 * a copy per {@code with…}. Unset parts stay unknown; a blank name counts as unknown and blank columns are dropped,
 * as with the {@code with…} methods, and a {@link Reference} is kept only for a {@link Kind#FOREIGN_KEY foreign
 * key}. A builder is meant for one cause, on one thread.
 *
 * <pre class="code">
 * Cause cause = Cause.builder(Kind.UNIQUE).constraint("uq_email").table("customer").build();
 * </pre>
 */
public final class CauseBuilder {

	private final Kind kind;

	private String constraint;

	private String schema;

	private String table;

	private Collection<String> columns = List.of();

	private Reference reference;

	private Database database;

	CauseBuilder(Kind kind) {
		this.kind = kind;
	}

	/**
	 * Sets the constraint name.
	 * @param constraint the name as the database stores it, or {@code null}
	 * @return this builder
	 */
	public CauseBuilder constraint(String constraint) {
		this.constraint = constraint;
		return this;
	}

	/**
	 * Sets the schema.
	 * @param schema the schema, or {@code null}
	 * @return this builder
	 */
	public CauseBuilder schema(String schema) {
		this.schema = schema;
		return this;
	}

	/**
	 * Sets the table.
	 * @param table the table name without schema, or {@code null}
	 * @return this builder
	 */
	public CauseBuilder table(String table) {
		this.table = table;
		return this;
	}

	/**
	 * Sets the columns; they are copied when the cause is built.
	 * @param columns the column names in the constraint's order
	 * @return this builder
	 */
	public CauseBuilder columns(Collection<String> columns) {
		this.columns = columns;
		return this;
	}

	/**
	 * Sets the failed side of a foreign key; ignored for other kinds.
	 * @param reference the side, or {@code null}
	 * @return this builder
	 */
	public CauseBuilder reference(Reference reference) {
		this.reference = reference;
		return this;
	}

	/**
	 * Sets the database that reported the violation.
	 * @param database the database, or {@code null}
	 * @return this builder
	 */
	public CauseBuilder database(Database database) {
		this.database = database;
		return this;
	}

	/**
	 * The kind the cause will have.
	 * @return the kind
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * Makes the cause.
	 * @return a new cause with what was set
	 */
	public Cause build() {
		return new Cause(this.kind, this.constraint, this.schema, this.table, Cause.names(this.columns), List.of(),
				null, this.reference, this.database);
	}

}
