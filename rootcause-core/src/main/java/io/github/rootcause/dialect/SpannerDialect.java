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
 * Reads Google Cloud Spanner's violations, through the Spanner JDBC driver and through PGAdapter. The JDBC
 * driver's exceptions ({@code com.google.cloud.spanner.jdbc.JdbcSqlExceptionFactory.JdbcSqlExceptionImpl}) carry no
 * SQLState and the gRPC status code as vendor code: {@code ALREADY_EXISTS} 6, {@code FAILED_PRECONDITION} 9,
 * {@code OUT_OF_RANGE} 11. Their message is the {@code SpannerException}'s, which puts the code and the wrapped
 * exceptions' class names before Spanner's words
 * ({@code ALREADY_EXISTS: io.grpc.StatusRuntimeException: ALREADY_EXISTS: Row [1] in table Singers already exists});
 * those prefixes are skipped. PGAdapter sends SQLState {@code 23505} or {@code 23503} with Spanner's words alone
 * (its {@code PGExceptionFactory}). The words, from Spanner's answers quoted in client libraries' issue trackers and
 * from the emulator's sources ({@code common/errors.cc}), where the emulator's differ:
 * <pre>
 * 6:  Row [1] in table Singers already exists                                    → UNIQUE, table
 * 6:  Table Singers: Row {Int64(1)} already exists.                  (emulator) → UNIQUE, table
 * 6:  Failed to insert row with primary key ({pk#SingerId:1}) due to previously existing row  (emulator, PostgreSQL
 *                                                                                  dialect) → UNIQUE
 * 6:  Unique index violation on index SingersByEmail at index key [a@x,1]. It conflicts with row [1] in table
 *     Singers.                                                                   → UNIQUE, index, table
 * 6:  UNIQUE violation on index SingersByEmail,  duplicate key: {String("a@x")} in this transaction.  (emulator)
 *                                                                                → UNIQUE, index
 * 9:  Foreign key constraint FK_Albums_Singers is violated on table Albums. Cannot find referenced values in
 *     Singers(SingerId).                                                         → FOREIGN_KEY, MISSING, name, table
 * 9:  Foreign key `FK_Albums_Singers` constraint violation on table `Albums`. Cannot find referenced key
 *     `{Int64(9)}` in table `Singers`.                                (emulator) → the same
 * 9:  Foreign key constraint violation when deleting or updating referenced row(s): referencing row(s) found in
 *     table "Albums".                                                            → FOREIGN_KEY, STILL_REFERENCED, table
 * 9:  Foreign key `FK_Albums_Singers` constraint violation when deleting or updating referenced key `{Int64(1)}` in
 *     table `Singers`. A row with that key exists in the referencing table `Albums`.  (emulator)
 *                                                                                → the same, and the name
 * 9:  Name must not be NULL in table Singers.                                    → NOT_NULL, column, table
 * 9:  A new row in table Singers does not specify a non-null value for these NOT NULL columns: Name
 *                                                                                → NOT_NULL, columns, table
 * 9:  Cannot specify a null value for column: Name in table: Singers referenced by key: {Int64(1)}  (emulator)
 *                                                                                → NOT_NULL, column, table
 * 9:  A new row in table Singers does not specify a non-null value for NOT NULL column: Name  (emulator)
 * 11: Check constraint `Singers`.`CK_Age` is violated for key (1)               → CHECK, table, name
 * </pre>
 * The messages hold key values ({@code [1]}, {@code {Int64(1)}}): the names are read between fixed words, from the
 * start or from the end of the message, never from inside a key, and a value is never passed on. Spanner's names are
 * plain identifiers (letters, digits, underscores), quoted at most with backticks or double quotes, which are
 * dropped. Any other code ({@code ABORTED} 10, {@code INVALID_ARGUMENT} 3, {@code NOT_FOUND} 5, ...) and any other
 * text under these codes (a value that cannot be parsed, a schema change) is no violation.
 */
final class SpannerDialect implements Dialect {

	static final SpannerDialect INSTANCE = new SpannerDialect();

	private static final int ALREADY_EXISTS = 6;

	private static final int FAILED_PRECONDITION = 9;

	private static final int OUT_OF_RANGE = 11;

	private static final String[] CODE_NAMES = { "ALREADY_EXISTS: ", "FAILED_PRECONDITION: ", "OUT_OF_RANGE: " };

	private static final int[] CODES = { ALREADY_EXISTS, FAILED_PRECONDITION, OUT_OF_RANGE };

	/** How many {@code CODE: } and {@code class.Name: } prefixes are skipped at most. */
	private static final int PREFIXES = 6;

	private static final String ROW = "Row [";

	private static final String IN_TABLE = " in table ";

	private static final String ALREADY_EXISTS_END = " already exists";

	private static final String EMULATOR_ROW = "Table ";

	private static final String EMULATOR_PRIMARY_KEY = "Failed to insert row with primary key ";

	private static final String UNIQUE_INDEX = "Unique index violation on index ";

	private static final String EMULATOR_UNIQUE_INDEX = "UNIQUE violation on index ";

	private static final String FOREIGN_KEY = "Foreign key constraint ";

	private static final String EMULATOR_FOREIGN_KEY = "Foreign key ";

	private static final String REFERENCED_ROWS = "Foreign key constraint violation when deleting or updating "
			+ "referenced row(s): referencing row(s) found in table ";

	private static final String REFERENCING_TABLE = " exists in the referencing table ";

	private static final String NOT_NULL = " must not be NULL in table ";

	private static final String NEW_ROW = "A new row in table ";

	private static final String NOT_SPECIFIED = " does not specify a non-null value for ";

	private static final String NULL_FOR_COLUMN = "Cannot specify a null value for column: ";

	private static final String CHECK = "Check constraint ";

	private SpannerDialect() {
	}

	@Override
	public Optional<Cause> read(SQLException exception) {
		String message = exception.getMessage();
		int code = (exception.getErrorCode() != 0) ? exception.getErrorCode() : codeNamed(message);
		Kind kind = switch (code) {
			case ALREADY_EXISTS -> Kind.UNIQUE;
			case OUT_OF_RANGE -> Kind.CHECK;
			default -> null;
		};
		if (kind == null && code != FAILED_PRECONDITION) {
			return Optional.empty();
		}
		// FAILED_PRECONDITION is a missing parent row or a null, and many other things.
		Cause cause = readText(kind, message, Database.SPANNER);
		boolean fits = cause != null
				&& (kind != null || cause.kind() == Kind.FOREIGN_KEY || cause.kind() == Kind.NOT_NULL);
		return Optional.ofNullable(fits ? cause : null);
	}

	/** The code a message starts with: a batch's exception (JdbcSqlBatchUpdateException) keeps it only there. */
	private static int codeNamed(String message) {
		if (message == null) {
			return 0;
		}
		for (int i = 0; i < CODE_NAMES.length; i++) {
			if (message.startsWith(CODE_NAMES[i])) {
				return CODES[i];
			}
		}
		return 0;
	}

	/**
	 * Reads Spanner's words, whichever client passed them on.
	 * @param kind the kind the code tells, or {@code null} for any the words tell
	 * @param message the message, may be {@code null}
	 * @param database the database the cause names
	 * @return the cause, or {@code null} when the words are not a violation of that kind
	 */
	static Cause readText(Kind kind, String message, Database database) {
		if (message == null) {
			return null;
		}
		String text = body(message);
		CauseBuilder cause = read(text, database);
		return (cause != null && (kind == null || cause.kind() == kind)) ? cause.build() : null;
	}

	private static CauseBuilder read(String text, Database database) {
		if (text.startsWith(ROW) && text.endsWith(ALREADY_EXISTS_END)) {
			String rest = text.substring(0, text.length() - ALREADY_EXISTS_END.length());
			return builder(Kind.UNIQUE, database).table(lastWord(rest, IN_TABLE));
		}
		if (text.startsWith(EMULATOR_ROW) && text.endsWith(ALREADY_EXISTS_END + ".")) {
			return builder(Kind.UNIQUE, database).table(word(text, EMULATOR_ROW.length(), ": Row "));
		}
		if (text.startsWith(EMULATOR_PRIMARY_KEY)) {
			return builder(Kind.UNIQUE, database);
		}
		if (text.startsWith(UNIQUE_INDEX)) {
			return builder(Kind.UNIQUE, database).constraint(word(text, UNIQUE_INDEX.length(), " at index key "))
				.table(lastWord(withoutDot(text), IN_TABLE));
		}
		if (text.startsWith(EMULATOR_UNIQUE_INDEX)) {
			return builder(Kind.UNIQUE, database).constraint(word(text, EMULATOR_UNIQUE_INDEX.length(), ", "));
		}
		if (text.startsWith(REFERENCED_ROWS)) {
			return builder(Kind.FOREIGN_KEY, database).reference(Reference.STILL_REFERENCED)
				.table(unquoted(withoutDot(text).substring(REFERENCED_ROWS.length())));
		}
		if (text.startsWith(FOREIGN_KEY) && text.contains(" is violated on table ")) {
			return builder(Kind.FOREIGN_KEY, database).reference(Reference.MISSING)
				.constraint(word(text, FOREIGN_KEY.length(), " is violated on table "))
				.table(word(text, text.indexOf(" is violated on table ") + 22, ". "));
		}
		if (text.startsWith(EMULATOR_FOREIGN_KEY) && text.contains(" constraint violation ")) {
			String constraint = word(text, EMULATOR_FOREIGN_KEY.length(), " constraint violation ");
			if (text.contains(REFERENCING_TABLE)) {
				return builder(Kind.FOREIGN_KEY, database).reference(Reference.STILL_REFERENCED).constraint(constraint)
					.table(lastWord(withoutDot(text), REFERENCING_TABLE));
			}
			int onTable = text.indexOf(" constraint violation on table ");
			return (onTable < 0) ? null : builder(Kind.FOREIGN_KEY, database).reference(Reference.MISSING)
				.constraint(constraint)
				.table(word(text, onTable + 31, ". "));
		}
		return notNullOrCheck(text, database);
	}

	private static CauseBuilder notNullOrCheck(String text, Database database) {
		int notNull = text.indexOf(NOT_NULL);
		if (notNull > 0 && text.indexOf(' ') == notNull) {
			String table = unquoted(withoutDot(text).substring(notNull + NOT_NULL.length()));
			return builder(Kind.NOT_NULL, database).table(table).columns(column(text.substring(0, notNull), table));
		}
		if (text.startsWith(NEW_ROW) && text.contains(NOT_SPECIFIED)) {
			String table = word(text, NEW_ROW.length(), NOT_SPECIFIED);
			int colon = text.indexOf(": ", NEW_ROW.length());
			return builder(Kind.NOT_NULL, database).table(table)
				.columns((colon < 0) ? List.of() : columns(text.substring(colon + 2), table));
		}
		if (text.startsWith(NULL_FOR_COLUMN)) {
			String column = word(text, NULL_FOR_COLUMN.length(), " in table: ");
			int table = text.indexOf(" in table: ") + 11;
			String name = (table > 10) ? word(text, table, " ") : null;
			return builder(Kind.NOT_NULL, database).table(name).columns(column(column, name));
		}
		int violated = text.startsWith(CHECK) ? text.indexOf(" is violated for key ", CHECK.length()) : -1;
		if (violated > CHECK.length()) {
			String name = text.substring(CHECK.length(), violated).trim();
			boolean quoted = name.length() > 2 && name.charAt(0) == '\'' && name.endsWith("'");
			List<String> parts = Text.parts(quoted ? name.substring(1, name.length() - 1) : name, '`');
			CauseBuilder cause = builder(Kind.CHECK, database);
			return (parts.size() == 2) ? cause.table(unquoted(parts.get(0))).constraint(unquoted(parts.get(1)))
					: cause.constraint((parts.size() == 1) ? unquoted(parts.get(0)) : null);
		}
		return null;
	}

	/** Spanner's words without the code and class-name prefixes the client libraries put before them. */
	static String body(String message) {
		int start = 0;
		for (int prefix = 0; prefix < PREFIXES; prefix++) {
			int colon = message.indexOf(": ", start);
			if (colon <= start || !isPrefix(message, start, colon)) {
				break;
			}
			start = colon + 2;
		}
		return message.startsWith("[ERROR] ", start) ? message.substring(start + 8) : message.substring(start);
	}

	/** Whether {@code text[start, end)} is a gRPC code name or a Java class name. */
	private static boolean isPrefix(String text, int start, int end) {
		boolean upper = true;
		boolean dotted = false;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c == '.') {
				dotted = true;
			}
			else if (!Character.isLetterOrDigit(c) && c != '_' && c != '$') {
				return false;
			}
			upper &= Character.isUpperCase(c) || c == '_';
		}
		return upper || (dotted && Character.isLowerCase(text.charAt(start)));
	}

	/** The word that starts at {@code from} and ends where {@code end} starts, unquoted, or {@code null}. */
	private static String word(String text, int from, String end) {
		int at = text.indexOf(end, from);
		return (at > from) ? unquoted(text.substring(from, at)) : null;
	}

	/** The last word of a text, after its last {@code marker}: a name at the end, after any key. */
	private static String lastWord(String text, String marker) {
		int at = text.lastIndexOf(marker);
		return (at >= 0) ? unquoted(text.substring(at + marker.length())) : null;
	}

	private static String withoutDot(String text) {
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	/** A name without the backticks or double quotes around it; {@code null} for none or one that holds a space. */
	private static String unquoted(String name) {
		if (name == null) {
			return null;
		}
		String trimmed = name.trim();
		if (trimmed.length() >= 2 && (trimmed.charAt(0) == '`' || trimmed.charAt(0) == '"')
				&& trimmed.charAt(trimmed.length() - 1) == trimmed.charAt(0)) {
			trimmed = trimmed.substring(1, trimmed.length() - 1);
		}
		return (trimmed.isEmpty() || trimmed.indexOf(' ') >= 0) ? null : trimmed;
	}

	/** A column, without the table qualifier Spanner may put before it. */
	private static List<String> column(String column, String table) {
		String name = unquoted(column);
		if (name != null && table != null && name.regionMatches(true, 0, table + ".", 0, table.length() + 1)) {
			name = name.substring(table.length() + 1);
		}
		return (name != null) ? List.of(name) : List.of();
	}

	private static List<String> columns(String list, String table) {
		List<String> columns = new ArrayList<>(2);
		for (String part : list.split(",", -1)) {
			List<String> column = column(part, table);
			if (column.isEmpty()) {
				return List.of();
			}
			columns.add(column.get(0));
		}
		return columns;
	}

	private static CauseBuilder builder(Kind kind, Database database) {
		return Cause.builder(kind).database(database);
	}

}
