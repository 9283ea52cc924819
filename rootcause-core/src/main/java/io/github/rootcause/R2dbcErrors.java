package io.github.rootcause;

import java.sql.SQLException;

import io.r2dbc.spi.R2dbcException;

/**
 * The one class of this package that touches the R2DBC SPI: turns an {@link R2dbcException} into the
 * {@link SQLException} the dialects read. The SPI is an optional dependency, so {@link Chain} loads this class only
 * after it has checked that the SPI is on the class path.
 */
final class R2dbcErrors {

	private R2dbcErrors() {
	}

	/**
	 * The SQL exception that stands for an R2DBC exception.
	 * @param throwable any throwable
	 * @return the SQL exception, or {@code null} when the throwable is not an {@link R2dbcException}
	 */
	static SQLException sqlException(Throwable throwable) {
		return (throwable instanceof R2dbcException r2dbc) ? new R2dbcSqlException(r2dbc) : null;
	}

	/**
	 * An R2DBC exception as the dialects read a JDBC one: its message, SQLState and error code, with the R2DBC
	 * exception as its cause, so that a dialect tells the database from the driver's class (or from where in the
	 * stack it was thrown, which this exception returns as its own) and reads a driver's structured fields from it
	 * (r2dbc-postgresql's error details). It has no stack of its own.
	 */
	static final class R2dbcSqlException extends SQLException {

		private static final long serialVersionUID = 1L;

		R2dbcSqlException(R2dbcException exception) {
			super(exception.getMessage(), exception.getSqlState(), exception.getErrorCode(), exception);
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

		@Override
		public StackTraceElement[] getStackTrace() {
			return getCause().getStackTrace();
		}

	}

}
