package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.CauseBuilder;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;

/**
 * Reads SQLite's constraint violations as xerial sqlite-jdbc reports them: an {@code org.sqlite.SQLiteException}
 * with no SQLState, the primary result code {@code 19} ({@code SQLITE_CONSTRAINT}) as vendor code, and the
 * extended result code as {@code getResultCode()} and by name at the start of the message. Captured from
 * sqlite-jdbc 3.53.2.1 (extended result code, message):
 * <pre>
 * 2067 [SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: customer.email)
 * 2067 [SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: t.a, t.b)
 * 2067 [SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: index 'ix_lower_name')
 * 1555 [SQLITE_CONSTRAINT_PRIMARYKEY] A PRIMARY KEY constraint failed (UNIQUE constraint failed: customer.id)
 * 1299 [SQLITE_CONSTRAINT_NOTNULL] A NOT NULL constraint failed (NOT NULL constraint failed: customer.name)
 *  275 [SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed (CHECK constraint failed: ck_age)
 *  275 [SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed (CHECK constraint failed: score &lt; 100)
 *  787 [SQLITE_CONSTRAINT_FOREIGNKEY] A foreign key constraint failed (FOREIGN KEY constraint failed)
 * 1811 [SQLITE_CONSTRAINT_TRIGGER] A RAISE function within a trigger fired, causing the SQL statement to abort (nope)
 * 1811 [SQLITE_CONSTRAINT_TRIGGER] A RAISE function within a trigger fired, causing the SQL statement to abort (FOREIGN KEY constraint failed)
 * </pre>
 * The last is how SQLite reports a foreign key declared {@code ON DELETE RESTRICT} (or {@code ON UPDATE RESTRICT}):
 * with the trigger code, and the foreign-key message; it is read as a foreign key violation, a {@code RAISE} with
 * any other message is not.
 *
 * <p>A unique violation names the table and columns, unquoted ({@code My Table.Ünïcode Col}), or, for an index on
 * an expression, only the index; the resolver adds the rest. A check names the constraint when it was declared
 * with {@code CONSTRAINT name}; an unnamed check is known to SQLite, and reported here, by its expression as
 * written (with a leading quoted name dequoted, as SQLite does: {@code check ("x y" > 0)} fails as {@code x y}).
 * A foreign key violation says nothing but its kind: the resolver adds the table and direction from the failed
 * statement. A trigger's {@code RAISE}, and the other {@code SQLITE_CONSTRAINT_*} codes, are not constraint
 * violations rootcause reads, and give empty. The extended codes are also read from the vendor code, for drivers
 * that report it there, and the bare SQLite messages without the driver's wrapping are read too.
 */
final class SqliteDialect implements Dialect {

	static final SqliteDialect INSTANCE = new SqliteDialect();

	private static final Accessor RESULT_CODE = new Accessor("getResultCode");

	private static final String UNIQUE = "UNIQUE constraint failed: ";

	private static final String NOT_NULL = "NOT NULL constraint failed: ";

	private static final String CHECK = "CHECK constraint failed: ";

	private static final String FOREIGN_KEY = "FOREIGN KEY constraint failed";

	private SqliteDialect() {
	}

	/** A cause of SQLite's, to fill with what the exception tells. */
	private static CauseBuilder builder(Kind kind) {
		return Cause.builder(kind).database(Database.SQLITE);
	}

	@Override
	public Optional<Cause> read(SQLException exception) {
		String message = exception.getMessage();
		String resultCode = resultCode(exception);
		Kind kind = (resultCode != null && !resultCode.equals("SQLITE_CONSTRAINT")) ? kind(resultCode, message)
				: kind(message, exception.getErrorCode());
		if (kind == null) {
			return Optional.empty();
		}
		CauseBuilder cause = builder(kind);
		String detail = null;
		if (message != null) {
			detail = switch (kind) {
				case UNIQUE -> detail(message, UNIQUE);
				case NOT_NULL -> detail(message, NOT_NULL);
				case CHECK -> detail(message, CHECK);
				default -> null;
			};
		}
		if (detail == null || detail.isEmpty()) {
			return Optional.of(cause.build());
		}
		switch (kind) {
			case UNIQUE -> {
				if (detail.startsWith("index '")) {
					cause.constraint(Text.quoted(detail, 6, '\''));
				}
				else {
					withColumns(cause, detail);
				}
			}
			case NOT_NULL -> withColumns(cause, detail);
			case CHECK -> cause.constraint(detail);
			default -> {
			}
		}
		return Optional.of(cause.build());
	}

	/**
	 * The name of the extended result code sqlite-jdbc keeps on its exception ({@code SQLiteException
	 * .getResultCode()}, an enum), read reflectively: the driver is optional.
	 */
	private static String resultCode(SQLException exception) {
		if (!exception.getClass().getName().startsWith("org.sqlite.")) {
			return null;
		}
		return (RESULT_CODE.call(exception) instanceof Enum<?> constant) ? constant.name() : null;
	}

	/**
	 * The kind from the extended result code: its name at the start of the message, else the vendor code, else
	 * the bare SQLite message.
	 */
	private static Kind kind(String message, int code) {
		int open = (message != null) ? message.indexOf("[SQLITE_") : -1;
		if (open >= 0) {
			int end = message.indexOf(']', open);
			if (end > 0) {
				String name = message.substring(open + 1, end);
				Kind kind = kind(name, message);
				if (kind != null || !name.equals("SQLITE_CONSTRAINT")) {
					return kind;
				}
			}
		}
		switch (code) {
			case 2067, 1555 -> {
				return Kind.UNIQUE;
			}
			case 1299 -> {
				return Kind.NOT_NULL;
			}
			case 275 -> {
				return Kind.CHECK;
			}
			case 787 -> {
				return Kind.FOREIGN_KEY;
			}
			case 1811 -> {
				return isRestrict(message) ? Kind.FOREIGN_KEY : null;
			}
			case 19 -> {
				return fromText(message);
			}
			default -> {
				return (code == 0) ? fromText(message) : null;
			}
		}
	}

	/**
	 * The kind from the extended result code; {@code ON DELETE RESTRICT} (and {@code ON UPDATE RESTRICT}) fails with
	 * the trigger code, which a {@code RAISE} shares, and the foreign-key message, which tells them apart.
	 */
	private static Kind kind(String extendedCode, String message) {
		return switch (extendedCode) {
			case "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY" -> Kind.UNIQUE;
			case "SQLITE_CONSTRAINT_NOTNULL" -> Kind.NOT_NULL;
			case "SQLITE_CONSTRAINT_CHECK" -> Kind.CHECK;
			case "SQLITE_CONSTRAINT_FOREIGNKEY" -> Kind.FOREIGN_KEY;
			case "SQLITE_CONSTRAINT_TRIGGER" -> isRestrict(message) ? Kind.FOREIGN_KEY : null;
			default -> null;
		};
	}

	/** Whether a trigger-code message is SQLite's own for a {@code RESTRICT} foreign key, not a {@code RAISE}'s. */
	private static boolean isRestrict(String message) {
		return message != null && (message.endsWith("(" + FOREIGN_KEY + ")") || message.equals(FOREIGN_KEY));
	}

	/** The kind from SQLite's own text, for the plain {@code SQLITE_CONSTRAINT} code. */
	private static Kind fromText(String message) {
		if (message == null) {
			return null;
		}
		if (message.contains(UNIQUE)) {
			return Kind.UNIQUE;
		}
		if (message.contains(NOT_NULL)) {
			return Kind.NOT_NULL;
		}
		if (message.contains(CHECK)) {
			return Kind.CHECK;
		}
		return message.contains(FOREIGN_KEY) ? Kind.FOREIGN_KEY : null;
	}

	/**
	 * What follows the marker, without the closing parenthesis sqlite-jdbc wraps SQLite's message in.
	 */
	private static String detail(String message, String marker) {
		int at = message.indexOf(marker);
		if (at < 0) {
			return null;
		}
		int end = message.length();
		if (message.endsWith(")") && message.lastIndexOf("[SQLITE_", at) >= 0) {
			end--;
		}
		int start = at + marker.length();
		return (end > start) ? message.substring(start, end) : null;
	}

	/**
	 * Reads {@code table.column} or {@code table.a, table.b}: the table is what precedes the first dot, and the
	 * columns are separated by {@code ", table."}, so a column name may itself hold a comma or a dot.
	 */
	private static CauseBuilder withColumns(CauseBuilder cause, String detail) {
		int dot = detail.indexOf('.');
		if (dot <= 0) {
			return cause.columns(List.of(detail));
		}
		String table = detail.substring(0, dot);
		String separator = ", " + table + ".";
		List<String> columns = new ArrayList<>(2);
		int start = dot + 1;
		while (start <= detail.length()) {
			int next = detail.indexOf(separator, start);
			int end = (next < 0) ? detail.length() : next;
			columns.add(detail.substring(start, end));
			if (next < 0) {
				break;
			}
			start = next + separator.length();
		}
		return cause.table(table).columns(columns);
	}

}
