package io.github.rootcause.dialect;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Builds pgjdbc exceptions the way pgjdbc does from a server's ErrorResponse: fields of one letter and a value,
 * each ended by a NUL, parsed by {@link ServerErrorMessage}. For messages that cannot be produced live here
 * (a server answering in another language, CockroachDB).
 */
public final class PgServerErrors {

	private PgServerErrors() {
	}

	/**
	 * An exception as pgjdbc throws it for an error with the given fields; {@code null} fields are not sent.
	 * @param sqlState the SQLState ({@code C})
	 * @param message the message ({@code M})
	 * @param detail the detail ({@code D})
	 * @param schema the schema ({@code s})
	 * @param table the table ({@code t})
	 * @param column the column ({@code c})
	 * @param constraint the constraint ({@code n})
	 * @return the exception
	 */
	public static PSQLException error(String sqlState, String message, String detail, String schema, String table,
			String column, String constraint) {
		StringBuilder fields = new StringBuilder("SERROR\0VERROR\0");
		append(fields, 'C', sqlState);
		append(fields, 'M', message);
		append(fields, 'D', detail);
		append(fields, 's', schema);
		append(fields, 't', table);
		append(fields, 'c', column);
		append(fields, 'n', constraint);
		return new PSQLException(new ServerErrorMessage(fields.toString()));
	}

	private static void append(StringBuilder fields, char type, String value) {
		if (value != null) {
			fields.append(type).append(value).append('\0');
		}
	}

}
