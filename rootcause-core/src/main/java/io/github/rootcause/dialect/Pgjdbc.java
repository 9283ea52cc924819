package io.github.rootcause.dialect;

import java.sql.SQLException;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The one place that touches pgjdbc's classes: reads the structured fields of a {@link PSQLException}'s server
 * error. pgjdbc is an optional dependency, so {@link PostgresDialect} loads this class only after it has checked
 * that pgjdbc is on the class path.
 */
final class Pgjdbc {

	private Pgjdbc() {
	}

	/**
	 * The fields of the server error behind a pgjdbc exception.
	 * @param exception any SQL exception
	 * @return the fields, or {@code null} when the exception is not pgjdbc's or carries no server error (an I/O
	 * error, a batch's summary exception)
	 */
	static PostgresDialect.ServerError serverError(SQLException exception) {
		if (!(exception instanceof PSQLException psql)) {
			return null;
		}
		ServerErrorMessage error = psql.getServerErrorMessage();
		if (error == null) {
			return null;
		}
		return new PostgresDialect.ServerError(error.getSQLState(), error.getMessage(), error.getDetail(),
				error.getSchema(), error.getTable(), error.getColumn(), error.getConstraint());
	}

}
