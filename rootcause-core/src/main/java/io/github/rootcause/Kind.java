package io.github.rootcause;

/**
 * The kind of constraint a write violated.
 */
public enum Kind {

	/** A unique constraint, unique index or primary key already holds the value. */
	UNIQUE,

	/** A column that must have a value was left empty. */
	NOT_NULL,

	/** A check constraint rejected the row. */
	CHECK,

	/**
	 * A foreign key: either the referenced row is missing, or the row is still referenced. See
	 * {@link Cause#reference()}.
	 */
	FOREIGN_KEY,

	/** An exclusion constraint (PostgreSQL) found a conflicting row. */
	EXCLUSION

}
