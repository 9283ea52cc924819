package io.github.rootcause;

/**
 * Which side of a foreign key failed.
 *
 * @see Cause#reference()
 */
public enum Reference {

	/**
	 * The row written (inserted or updated child row) refers to a row that does not exist. A web application
	 * usually answers 404.
	 */
	MISSING,

	/**
	 * The row deleted or updated (parent row) is still referenced by other rows. A web application usually
	 * answers 409.
	 */
	STILL_REFERENCED

}
