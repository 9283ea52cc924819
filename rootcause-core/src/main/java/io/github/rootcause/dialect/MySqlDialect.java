package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;

/**
 * Reads MariaDB and MySQL violations, through MariaDB Connector/J or MySQL Connector/J, from the vendor code and
 * the English message. Both drivers throw plain {@code java.sql} exceptions; MariaDB Connector/J prefixes every
 * message with {@code (conn=<id>) }, which is skipped, and with {@code dumpQueriesOnException} both drivers append
 * the statement after the message, which is cut off first.
 *
 * <p>Messages read, as MariaDB 10.11 and MySQL 8 send them (vendor code, SQLState):
 * <ul>
 * <li>1062 (23000) and 1586 (23000): {@code Duplicate entry 'a@x' for key 'uq_email'} (MariaDB, MySQL before
 * 8.0.19), {@code Duplicate entry 'a@x' for key 'users.uq_email'} (MySQL 8.0.19 and later) → {@link Kind#UNIQUE},
 * the index name ({@code PRIMARY} for a primary key) and, from MySQL 8, the table. The duplicated value is not
 * escaped ({@code Duplicate entry 'it's " for key 'x'' for key 'uq_email'}), so the key is read after the
 * <em>last</em> {@code  for key '}, up to the quote that ends the message; a value may even hold a line that
 * looks like a dumped query, so the message is cut at a dump only when it does not end in a key as it is. The
 * key name is not escaped either: a key name with a dot is taken for {@code table.key} (MariaDB index names with
 * dots are misread).</li>
 * <li>1022 (23000): {@code Can't write; duplicate key in table 'users'} → {@link Kind#UNIQUE} and the table.</li>
 * <li>1048 (23000): {@code Column 'email' cannot be null} → {@link Kind#NOT_NULL} and the column (unescaped:
 * {@code Column 'Odd`Col' cannot be null}).</li>
 * <li>1364 (HY000): {@code Field 'email' doesn't have a default value} (strict mode, column omitted) →
 * {@link Kind#NOT_NULL} and the column.</li>
 * <li>1263 (22004): {@code Column set to default value; NULL supplied to NOT NULL column 'email' at row 2} →
 * {@link Kind#NOT_NULL} and the column.</li>
 * <li>1452 (23000): {@code Cannot add or update a child row: a foreign key constraint fails (`db`.`child`,
 * CONSTRAINT `fk` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`))} → {@link Kind#FOREIGN_KEY},
 * {@link Reference#MISSING}, the child's schema and table, the constraint and its columns. Names are in backticks,
 * a backtick inside doubled ({@code `Chi``ld Tä`}); the referenced table is qualified when it is in another
 * database, and {@code ON DELETE}/{@code ON UPDATE} actions may follow its columns.</li>
 * <li>1451 (23000): {@code Cannot delete or update a parent row: a foreign key constraint fails (...)}, the same
 * details → {@link Reference#STILL_REFERENCED}, the table is still the child.</li>
 * <li>1216 (23000) {@code Cannot add or update a child row: a foreign key constraint fails} and 1217 (23000)
 * {@code Cannot delete or update a parent row: a foreign key constraint fails}, without details (engines other
 * than InnoDB) → {@link Kind#FOREIGN_KEY} and the side only.</li>
 * <li>4025 (23000, MariaDB): {@code CONSTRAINT `chk_age` failed for `db`.`users`} → {@link Kind#CHECK}, the
 * constraint, schema and table. A column-level check is named after its column and reported with the table
 * before it, {@code CONSTRAINT `users.age` failed for `db`.`users`}: that gives the constraint {@code age} and the
 * column {@code age}.</li>
 * <li>3819 (HY000, MySQL 8.0.16 and later): {@code Check constraint 'chk_age' is violated.} →
 * {@link Kind#CHECK} and the constraint.</li>
 * </ul>
 * Any other vendor code (1213 deadlock, 1205 lock wait timeout, 1406 data too long, 1264 out of range, 1064
 * syntax, 1146 unknown table, connection errors) is not a violation; the standard SQLStates are still read, for
 * exceptions that lost their vendor code.
 */
final class MySqlDialect implements Dialect {

	static final MySqlDialect INSTANCE = new MySqlDialect();

	private static final String FOR_KEY = " for key '";

	private static final String[] QUERY_DUMPS = { "\nQuery is: ",
			"\n\nQuery being executed when exception was thrown:" };

	/** How many dump markers a duplicated value may hold before the key is given up on. */
	private static final int DUMP_CUTS_TRIED = 4;

	private MySqlDialect() {
	}

	@Override
	public Optional<Cause> read(SQLException exception) {
		String text = withoutConnection(exception.getMessage());
		String message = withoutDump(text);
		return Optional.ofNullable(switch (exception.getErrorCode()) {
			case 1062, 1586 -> duplicate(text);
			case 1022 -> Cause.of(Kind.UNIQUE).withTable(between(message, "duplicate key in table '", "'"));
			case 1048 -> notNull(message, "Column '", "' cannot be null");
			case 1364 -> notNull(message, "Field '", "' doesn't have a default value");
			case 1263 -> notNull(message, "NOT NULL column '", "' at row");
			case 1452, 1216 -> foreignKey(message, Reference.MISSING);
			case 1451, 1217 -> foreignKey(message, Reference.STILL_REFERENCED);
			case 4025 -> mariaDbCheck(message);
			case 3819 -> Cause.of(Kind.CHECK).withConstraint(between(message, "Check constraint '", "' is violated"));
			default -> StandardDialect.INSTANCE.read(exception).orElse(null);
		});
	}

	/** The message without MariaDB Connector/J's {@code (conn=...)} prefix; never {@code null}. */
	private static String withoutConnection(String message) {
		if (message == null) {
			return "";
		}
		int end = message.startsWith("(conn=") ? message.indexOf(") ") : -1;
		return (end < 0) ? message : message.substring(end + 2);
	}

	/** The message up to the first dumped query; only names follow the fixed words, and names hold no line break. */
	private static String withoutDump(String message) {
		int dump = dump(message, 0);
		return (dump < 0) ? message : message.substring(0, dump);
	}

	/** Where the first dumped query at or after {@code from} starts, or -1. */
	private static int dump(String message, int from) {
		int first = -1;
		for (String marker : QUERY_DUMPS) {
			int at = message.indexOf(marker, from);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		return first;
	}

	/**
	 * The duplicated value may hold anything, a dump's marker included; the key name holds no line break. So the
	 * message is read whole when it ends in a key, else up to the first few markers in turn until one ends a key.
	 */
	private static Cause duplicate(String message) {
		Cause cause = Cause.of(Kind.UNIQUE);
		String key = key(message);
		int dump = dump(message, 0);
		for (int tried = 0; key == null && dump >= 0 && tried < DUMP_CUTS_TRIED; tried++) {
			key = key(message.substring(0, dump));
			dump = dump(message, dump + 1);
		}
		if (key == null) {
			return cause;
		}
		int dot = key.indexOf('.');
		if (dot > 0 && dot < key.length() - 1) {
			return cause.withTable(key.substring(0, dot)).withConstraint(key.substring(dot + 1));
		}
		return cause.withConstraint(key);
	}

	/** The name a message ends in, after its last {@code  for key '}; {@code null} if it ends otherwise. */
	private static String key(String message) {
		int at = message.lastIndexOf(FOR_KEY);
		int close = message.length() - 1;
		while (close > at && Character.isWhitespace(message.charAt(close))) {
			close--;
		}
		if (at < 0 || close < at + FOR_KEY.length() || message.charAt(close) != '\'') {
			return null;
		}
		String key = message.substring(at + FOR_KEY.length(), close);
		return (key.indexOf('\n') < 0) ? key : null;
	}

	private static Cause notNull(String message, String before, String after) {
		String column = between(message, before, after);
		return Cause.of(Kind.NOT_NULL).withColumns((column != null) ? List.of(column) : List.of());
	}

	private static Cause foreignKey(String message, Reference reference) {
		Cause cause = Cause.of(Kind.FOREIGN_KEY).withReference(reference);
		NameScanner scanner = after(message, "foreign key constraint fails (");
		if (scanner == null) {
			return cause;
		}
		List<String> table = scanner.qualifiedName();
		if (table.size() != 2 || !scanner.skip(", CONSTRAINT ")) {
			return cause;
		}
		cause = cause.withSchema(table.get(0)).withTable(table.get(1));
		String constraint = scanner.identifier();
		if (constraint == null) {
			return cause;
		}
		cause = cause.withConstraint(constraint);
		List<String> columns = scanner.skip(" FOREIGN KEY ") ? scanner.columnList() : null;
		return (columns != null) ? cause.withColumns(columns) : cause;
	}

	private static Cause mariaDbCheck(String message) {
		Cause cause = Cause.of(Kind.CHECK);
		NameScanner scanner = after(message, "CONSTRAINT ");
		String constraint = (scanner != null) ? scanner.identifier() : null;
		if (constraint == null) {
			return cause;
		}
		List<String> table = scanner.skip(" failed for ") ? scanner.qualifiedName() : List.of();
		if (table.size() != 2 || !scanner.atEnd()) {
			return cause.withConstraint(constraint);
		}
		String tableName = table.get(1);
		cause = cause.withSchema(table.get(0)).withTable(tableName);
		String columnPrefix = tableName + ".";
		if (constraint.length() > columnPrefix.length() && constraint.startsWith(columnPrefix)) {
			String column = constraint.substring(columnPrefix.length());
			return cause.withConstraint(column).withColumns(List.of(column));
		}
		return cause.withConstraint(constraint);
	}

	/**
	 * The text between the first {@code before} and the last {@code after} that follows it, so quotes inside the
	 * name do not end it.
	 */
	private static String between(String message, String before, String after) {
		int start = message.indexOf(before);
		if (start < 0) {
			return null;
		}
		start += before.length();
		int end = message.lastIndexOf(after);
		return (end > start) ? message.substring(start, end) : null;
	}

	/** A scanner over the backtick-quoted names that follow the first {@code marker}, or {@code null}. */
	private static NameScanner after(String text, String marker) {
		int found = text.indexOf(marker);
		return (found < 0) ? null : new NameScanner(text, found + marker.length(), '`');
	}

}
