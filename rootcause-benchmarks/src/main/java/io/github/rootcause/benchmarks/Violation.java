package io.github.rootcause.benchmarks;

/**
 * The violations each benchmark reads, all on the same small schema: a parent and a child table with a named
 * unique constraint, a not-null column, a named check and a named foreign key.
 */
public enum Violation {

	/** A duplicate email: {@code uq_child_email}. */
	UNIQUE("insert into child (id, email, parent_id, qty) values (2, 'a@example.com', 1, 1)"),

	/** A child whose parent does not exist: {@code fk_child_parent}. */
	FOREIGN_KEY("insert into child (id, email, parent_id, qty) values (3, 'b@example.com', 99, 1)"),

	/** A missing email. */
	NOT_NULL("insert into child (id, email, parent_id, qty) values (4, null, 1, 1)"),

	/** A quantity of zero: {@code ck_child_qty}. */
	CHECK("insert into child (id, email, parent_id, qty) values (5, 'c@example.com', 1, 0)");

	static final String[] SCHEMA = { "create table parent (id int primary key)",
			"create table child (id int primary key, email varchar(100) not null, parent_id int, qty int, "
					+ "constraint uq_child_email unique (email), "
					+ "constraint fk_child_parent foreign key (parent_id) references parent (id), "
					+ "constraint ck_child_qty check (qty > 0))",
			"insert into parent (id) values (1)",
			"insert into child (id, email, parent_id, qty) values (1, 'a@example.com', 1, 1)" };

	private final String sql;

	Violation(String sql) {
		this.sql = sql;
	}

	/**
	 * The statement that violates the constraint.
	 * @return the SQL
	 */
	public String sql() {
		return this.sql;
	}

}
