package io.github.rootcause.dialect;

import io.r2dbc.postgresql.api.ErrorDetails;
import io.r2dbc.postgresql.api.PostgresqlException;

/**
 * The one place that touches r2dbc-postgresql's classes: reads the structured fields of a
 * {@link PostgresqlException}'s error details, the same fields pgjdbc reads (see {@link Pgjdbc}). r2dbc-postgresql
 * is an optional dependency, so {@link PostgresDialect} loads this class only after it has checked that it is on
 * the class path.
 */
final class R2dbcPostgresql {

	private R2dbcPostgresql() {
	}

	/**
	 * The fields of the server error behind an r2dbc-postgresql exception.
	 * @param throwable any throwable, may be {@code null}
	 * @return the fields, or {@code null} when the throwable is not r2dbc-postgresql's
	 */
	static PostgresDialect.ServerError serverError(Throwable throwable) {
		if (!(throwable instanceof PostgresqlException postgresql)) {
			return null;
		}
		ErrorDetails error = postgresql.getErrorDetails();
		if (error == null) {
			return null;
		}
		return new PostgresDialect.ServerError(error.getCode(), error.getMessage(), error.getDetail().orElse(null),
				error.getSchemaName().orElse(null), error.getTableName().orElse(null),
				error.getColumnName().orElse(null), error.getConstraintName().orElse(null));
	}

}
