package com.google.cloud.spanner.jdbc;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

/**
 * A test double of the Spanner JDBC driver's exception factory (the driver, with its gRPC and Google client
 * libraries, is not a dependency of rootcause's tests): the same class names in the same package, and the
 * exceptions built as the driver's {@code JdbcSqlExceptionFactory.of(SpannerException)} builds them, with the
 * {@code SpannerException}'s message, no SQLState and the gRPC code as vendor code, or, for a failed batch, a
 * {@link BatchUpdateException} with neither. rootcause tells Spanner from the exception's class name, as it does
 * for the real driver.
 */
public final class JdbcSqlExceptionFactory {

	private JdbcSqlExceptionFactory() {
	}

	/**
	 * The exception the driver throws for a {@code SpannerException} from a gRPC status, whose message is
	 * {@code CODE: io.grpc.StatusRuntimeException: CODE: <Spanner's words>}.
	 * @param code the gRPC code name, such as {@code ALREADY_EXISTS}
	 * @param number its number, such as 6
	 * @param words Spanner's words
	 * @return the exception
	 */
	public static SQLException of(String code, int number, String words) {
		return new JdbcSqlExceptionImpl(code + ": io.grpc.StatusRuntimeException: " + code + ": " + words, number);
	}

	/**
	 * The exception the driver throws for a failed batch of DML statements.
	 * @param code the gRPC code name
	 * @param words Spanner's words
	 * @return the exception
	 */
	public static SQLException batch(String code, String words) {
		return new JdbcSqlBatchUpdateException(code + ": " + words);
	}

	/** As the driver's: {@code super(e.getMessage(), null, e.getCode(), e)}. */
	public static class JdbcSqlExceptionImpl extends SQLException {

		private static final long serialVersionUID = 1L;

		JdbcSqlExceptionImpl(String message, int code) {
			super(message, null, code);
		}

	}

	/** As the driver's: {@code super(cause.getMessage(), updateCounts, cause)}. */
	public static class JdbcSqlBatchUpdateException extends BatchUpdateException {

		private static final long serialVersionUID = 1L;

		JdbcSqlBatchUpdateException(String message) {
			super(message, new int[] { 1 });
		}

	}

}
