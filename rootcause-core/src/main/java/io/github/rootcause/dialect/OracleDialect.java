package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.CauseBuilder;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;

/**
 * Reads Oracle Database errors by their {@code ORA-} number, the JDBC vendor code ojdbc reports.
 *
 * <p>ojdbc throws a plain {@link java.sql.SQLIntegrityConstraintViolationException} with SQLState {@code 23000}
 * for every constraint (a plain {@link SQLException} with {@code 72000} for ORA-01407), whose cause is an
 * {@code oracle.jdbc.OracleDatabaseException} and whose message starts with the error; ojdbc 23 appends a blank
 * line and a link to the error help. The messages this dialect reads, as the Oracle error reference documents
 * them (SQLState, vendor code):
 * <pre>
 * 23000  1     ORA-00001: unique constraint (APP.UQ_CUSTOMER_EMAIL) violated
 * 23000  1     ORA-00001: unique constraint (APP.UQ_CUSTOMER_EMAIL) violated on table APP.CUSTOMER columns (EMAIL)
 *              ORA-03301: (ORA-00001 details) row with column values (EMAIL:'a@b.c') already exists   (23ai)
 * 23000  1400  ORA-01400: cannot insert NULL into ("APP"."CUSTOMER"."EMAIL")
 * 72000  1407  ORA-01407: cannot update ("APP"."CUSTOMER"."EMAIL") to NULL
 * 23000  2290  ORA-02290: check constraint (APP.CK_ORDER_QUANTITY) violated
 * 23000  2291  ORA-02291: integrity constraint (APP.FK_ORDER_CUSTOMER) violated - parent key not found
 * 23000  2292  ORA-02292: integrity constraint (APP.FK_ORDER_CUSTOMER) violated - child record found
 * </pre>
 * The constraint is read from the first parenthesised {@code (schema.name)} of the error's own line, so
 * translated messages ({@code NLS_LANGUAGE}) and the value details 23ai adds on further lines cannot mislead it.
 * Oracle prints those names unquoted: the first dot separates the schema, the rest is the name. The
 * {@code ("schema"."table"."column")} of ORA-01400 and ORA-01407 is quoted, and Oracle names cannot contain a
 * double quote, so it splits exactly. The table and columns of ORA-00001 are read only from the 23ai wording;
 * before 23ai, ORA-02290, ORA-02291 and ORA-02292 name only the constraint, and the resolver adds the rest from
 * the catalog. Anything else (ORA-00060 deadlock, ORA-12899 value too large, ORA-01438 precision, connection
 * errors) is empty.
 */
final class OracleDialect implements Dialect {

	static final OracleDialect INSTANCE = new OracleDialect();

	private OracleDialect() {
	}

	/** A cause of Oracle's, to fill with what the exception tells. */
	private static CauseBuilder builder(Kind kind) {
		return Cause.builder(kind).database(Database.ORACLE);
	}

	@Override
	public Optional<Cause> read(SQLException exception) {
		String message = exception.getMessage();
		int code = code(exception.getErrorCode(), message);
		String line = line(message, code);
		return switch (code) {
			case 1 -> Optional.of(unique(line).build());
			case 1400, 1407 -> Optional.of(notNull(line).build());
			case 2290 -> Optional.of(named(builder(Kind.CHECK), line).build());
			case 2291 -> Optional.of(named(builder(Kind.FOREIGN_KEY), line).reference(Reference.MISSING).build());
			case 2292 -> Optional
				.of(named(builder(Kind.FOREIGN_KEY), line).reference(Reference.STILL_REFERENCED).build());
			default -> Optional.empty();
		};
	}

	/** The ORA number: the vendor code, or the number the message starts with (batch summaries carry 0). */
	private static int code(int vendorCode, String message) {
		if (vendorCode > 0) {
			return vendorCode;
		}
		if (message == null || !message.startsWith("ORA-")) {
			return 0;
		}
		int code = 0;
		int i = 4;
		while (i < message.length() && i < 9 && Character.isDigit(message.charAt(i))) {
			code = code * 10 + (message.charAt(i) - '0');
			i++;
		}
		return code;
	}

	/**
	 * The text of the error's own line, after {@code ORA-nnnnn:} and before the next line or the next
	 * {@code ORA-} error of the stack.
	 */
	private static String line(String message, int code) {
		if (message == null) {
			return "";
		}
		int start = afterErrorNumber(message, code);
		int end = message.indexOf('\n', start);
		int next = message.indexOf("ORA-", start);
		if (end < 0 || (next >= 0 && next < end)) {
			// ojdbc's batch summary joins the lines of the error stack into one.
			end = next;
		}
		return message.substring(start, (end < 0) ? message.length() : end);
	}

	/** Where the text after the first {@code ORA-nnnnn:} of the code starts; 0 when the message has none. */
	private static int afterErrorNumber(String message, int code) {
		int digits = 5;
		for (int rest = code / 100_000; rest > 0; rest /= 10) {
			digits++;
		}
		for (int at = message.indexOf("ORA-"); at >= 0; at = message.indexOf("ORA-", at + 1)) {
			int colon = at + 4 + digits;
			if (colon < message.length() && message.charAt(colon) == ':' && number(message, at + 4, colon) == code) {
				return colon + 1;
			}
		}
		return 0;
	}

	/** The number the digits of {@code text[start, end)} make, or -1 when one of them is not a digit. */
	private static int number(String text, int start, int end) {
		int number = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}

	private static CauseBuilder unique(String line) {
		int close = nameEnd(line);
		CauseBuilder cause = builder(Kind.UNIQUE);
		if (close < 0) {
			return cause;
		}
		boolean schemaNamed = named(cause, line, line.indexOf('(') + 1, close);
		int onTable = line.indexOf(" on table ", close);
		int columns = (onTable < 0) ? -1 : line.indexOf(" columns (", onTable);
		if (columns < 0) {
			return cause;
		}
		String table = Text.trimmed(line, onTable + " on table ".length(), columns);
		int dot = table.indexOf('.');
		cause.table((dot < 0) ? table : table.substring(dot + 1));
		if (!schemaNamed && dot >= 0) {
			cause.schema(table.substring(0, dot));
		}
		int open = columns + " columns (".length();
		int end = line.indexOf(')', open);
		return (end < 0) ? cause : cause.columns(columnList(line, open, end));
	}

	/** The comma-separated names of {@code line[start, end)}, each trimmed. */
	private static List<String> columnList(String line, int start, int end) {
		List<String> names = new ArrayList<>(2);
		int from = start;
		while (true) {
			int comma = line.indexOf(',', from);
			int to = (comma < 0 || comma > end) ? end : comma;
			names.add(Text.trimmed(line, from, to));
			if (to == end) {
				return names;
			}
			from = to + 1;
		}
	}

	private static CauseBuilder notNull(String line) {
		CauseBuilder cause = builder(Kind.NOT_NULL);
		int open = line.indexOf("(\"");
		int close = line.lastIndexOf("\")");
		if (open < 0 || close < open) {
			return cause;
		}
		List<String> parts = Text.parts(line.substring(open + 1, close + 1), '"');
		if (parts.size() != 3) {
			return cause;
		}
		return cause.schema(parts.get(0)).table(parts.get(1)).columns(List.of(parts.get(2)));
	}

	/** Adds the schema and name from the line's {@code (schema.name)}. */
	private static CauseBuilder named(CauseBuilder cause, String line) {
		int close = nameEnd(line);
		if (close >= 0) {
			named(cause, line, line.indexOf('(') + 1, close);
		}
		return cause;
	}

	/**
	 * Adds the schema and name from {@code schema.name} in {@code line[start, end)}.
	 * @return whether it named a schema
	 */
	private static boolean named(CauseBuilder cause, String line, int start, int end) {
		int dot = line.indexOf('.', start);
		if (dot < 0 || dot >= end) {
			cause.constraint(line.substring(start, end));
			return false;
		}
		String schema = line.substring(start, dot);
		cause.schema(schema).constraint(line.substring(dot + 1, end));
		return !schema.isBlank();
	}

	/**
	 * The closing parenthesis of the first {@code (schema.name)}: the one before the first {@code ") violated"}
	 * (English), else the first {@code )} after the first {@code (} that ends the line or is followed by a space
	 * (translated messages).
	 * @return its index, or -1 when the line has none (a truncated message)
	 */
	private static int nameEnd(String line) {
		int open = line.indexOf('(');
		if (open < 0) {
			return -1;
		}
		int violated = line.indexOf(") violated", open);
		if (violated >= 0) {
			return violated;
		}
		for (int i = line.indexOf(')', open); i >= 0; i = line.indexOf(')', i + 1)) {
			if (i + 1 == line.length() || line.charAt(i + 1) == ' ') {
				return i;
			}
		}
		return -1;
	}

}
