package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;

/**
 * Reads what one database family reports about a constraint violation.
 *
 * <p>A dialect looks at one {@link SQLException} at a time, never at its causes (the caller walks the chain), and
 * never touches the database. It returns empty for anything that is not a constraint violation, and it never
 * throws: a message in an unknown format yields what the SQLState or vendor code alone say, or empty.
 */
public interface Dialect {

	/**
	 * Reads the violation the exception reports. The cause names the dialect's database
	 * ({@link Cause#database()}); the standard dialect's names none.
	 * @param exception a driver's exception
	 * @return the cause as far as the exception tells it, or empty when it is not a constraint violation
	 */
	Optional<Cause> read(SQLException exception);

	/**
	 * The dialect of the given database.
	 * @param database the database
	 * @return its dialect
	 */
	static Dialect of(Database database) {
		return Dialects.of(database);
	}

	/**
	 * The dialect of the database that threw the exception, as {@link #detect(SQLException)} tells it, or the
	 * {@link #standard() standard} one when the exception does not tell.
	 * @param exception a driver's exception
	 * @return the dialect to read it with
	 */
	static Dialect of(SQLException exception) {
		return Dialects.of(exception);
	}

	/**
	 * Tells which database threw the exception: from the driver's exception class, then from the shape of the
	 * message, then from where in the stack it was thrown.
	 * @param exception a driver's exception
	 * @return the database, or empty when the exception does not tell
	 */
	static Optional<Database> detect(SQLException exception) {
		return Dialects.detect(exception);
	}

	/**
	 * A dialect that reads only the standard SQLStates ({@code 23502}, {@code 23503}, {@code 23505},
	 * {@code 23514}), for exceptions whose database cannot be told.
	 * @return the standard dialect
	 */
	static Dialect standard() {
		return StandardDialect.INSTANCE;
	}

}
