package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.CauseBuilder;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;

/**
 * Reads HSQLDB 2.x. HSQLDB throws plain {@link java.sql.SQLIntegrityConstraintViolationException}s (its own
 * {@code HsqlException} is the cause) with a negative vendor code. The message is a sentence, which HSQLDB
 * translates, followed by a part it never translates: {@code ; NAME table: TABLE}, then {@code  column: COLUMN} or
 * {@code  value: VALUES}. Names in that part are quoted when they need to be, except in a check violation, which
 * writes them as stored. Only that part is read. Messages as HSQLDB 2.7.3 wrote them:
 *
 * <pre>
 * 23505, -104, a unique constraint or primary key:
 *   integrity constraint violation: unique constraint or index violation ; UQ_EMAIL table: CUSTOMER
 *   integrity constraint violation: unique constraint or index violation ; SYS_PK_10091 table: CUSTOMER
 *   integrity constraint violation: unique constraint or index violation ; "Uq Mixé" table: "My Table"
 * 23505, -104, a unique index made by CREATE UNIQUE INDEX (no table):
 *   integrity constraint violation: unique constraint or index violation: UX_T3
 *   integrity constraint violation: unique constraint or index violation: "ux: a ""q"""
 * 23502, -10 (insert, update, and a column left out):
 *   integrity constraint violation: NOT NULL check constraint ; SYS_CT_10092 table: CUSTOMER column: NAME
 *   integrity constraint violation: NOT NULL check constraint ; SYS_CT_10102 table: "My Table" column: "Nn ""q"""
 * 23513, -157 (names unquoted even when they hold spaces):
 *   integrity constraint violation: check constraint ; CK_PRICE table: CUSTOMER
 *   integrity constraint violation: check constraint ; Ck Öl table: My Table
 * 23503, -177, insert or update of the child:
 *   integrity constraint violation: foreign key no parent ; FK_PARENT table: CHILD value: 99
 * 23504, -8, delete or update of the parent (NO ACTION and RESTRICT alike; the table is the child):
 *   integrity constraint violation: foreign key no action ; FK_PARENT table: CHILD
 * </pre>
 *
 * <p>The sentence before the untranslated part holds no quote, so a {@code "; "} after a quote belongs to a quoted
 * unique index name, not to the details. Schemas are never named. An unquoted name in a check violation that itself holds {@code " table: "} is
 * ambiguous; the first occurrence ends the constraint name. Other errors, such as -5581 (42581, syntax), 3401
 * (22001, value too long), -3403 (22003, numeric value out of range) and -4861 (40001, serialization failure), are
 * not constraint violations.
 */
final class HsqldbDialect implements Dialect {

	static final HsqldbDialect INSTANCE = new HsqldbDialect();

	private static final int NOT_NULL = -10;

	private static final int FOREIGN_KEY_NO_ACTION = -8;

	private static final int UNIQUE = -104;

	private static final int CHECK = -157;

	private static final int FOREIGN_KEY_NO_PARENT = -177;

	private static final String TABLE = " table: ";

	private static final String COLUMN = " column: ";

	private static final String VALUE = " value: ";

	private HsqldbDialect() {
	}

	/** A cause of HSQLDB's, to fill with what the exception tells. */
	private static CauseBuilder builder(Kind kind) {
		return Cause.builder(kind).database(Database.HSQLDB);
	}

	@Override
	public Optional<Cause> read(SQLException exception) {
		String message = exception.getMessage();
		return switch (code(exception)) {
			case UNIQUE -> Optional.of(read(builder(Kind.UNIQUE), message).build());
			case NOT_NULL -> Optional.of(read(builder(Kind.NOT_NULL), message).build());
			case CHECK -> Optional.of(read(builder(Kind.CHECK), message).build());
			case FOREIGN_KEY_NO_PARENT ->
				Optional.of(read(builder(Kind.FOREIGN_KEY), message).reference(Reference.MISSING).build());
			case FOREIGN_KEY_NO_ACTION -> Optional
				.of(read(builder(Kind.FOREIGN_KEY), message).reference(Reference.STILL_REFERENCED).build());
			default -> Optional.empty();
		};
	}

	/** The vendor code, or the one the SQLState stands for when a wrapper lost the code. */
	private static int code(SQLException exception) {
		if (exception.getErrorCode() != 0) {
			return exception.getErrorCode();
		}
		String sqlState = exception.getSQLState();
		if (sqlState == null) {
			return 0;
		}
		return switch (sqlState) {
			case "23505" -> UNIQUE;
			case "23502" -> NOT_NULL;
			case "23513" -> CHECK;
			case "23503" -> FOREIGN_KEY_NO_PARENT;
			case "23504" -> FOREIGN_KEY_NO_ACTION;
			default -> 0;
		};
	}

	/** {@code …; NAME table: TABLE[ column: COLUMN| value: VALUES]}, or {@code …: INDEX} for a unique index. */
	private static CauseBuilder read(CauseBuilder cause, String message) {
		if (message == null) {
			return cause;
		}
		int details = details(message);
		if (details < 0) {
			return (cause.kind() == Kind.UNIQUE) ? cause.constraint(lastName(message)) : cause;
		}
		NameScanner scanner = new NameScanner(message, details + 2);
		String name = scanner.nameBefore(TABLE);
		if (name == null || !scanner.skip(TABLE)) {
			return cause.constraint(name);
		}
		String table = scanner.nameBefore(COLUMN, VALUE);
		cause.constraint(name).table(table);
		if (table != null && scanner.skip(COLUMN)) {
			String column = scanner.nameBefore(VALUE);
			if (column != null) {
				cause.columns(List.of(column));
			}
		}
		return cause;
	}

	/**
	 * Where the untranslated part starts: at the first {@code "; "} of the message, unless a quote comes before it,
	 * which starts the quoted index name of {@code …: "INDEX"} (that name may itself hold {@code "; "}).
	 * @return the index of the {@code "; "}, or -1 when there is none
	 */
	private static int details(String message) {
		int details = message.indexOf("; ");
		int quote = message.indexOf('"');
		return (quote >= 0 && quote < details) ? -1 : details;
	}

	/** The name that ends the message: quoted (read back from its closing quote) or after the last space. */
	private static String lastName(String message) {
		int end = message.length() - 1;
		if (end < 0) {
			return null;
		}
		if (message.charAt(end) != '"') {
			String name = message.substring(message.lastIndexOf(' ') + 1);
			return name.isEmpty() ? null : name;
		}
		int i = end - 1;
		while (i >= 0) {
			if (message.charAt(i) == '"') {
				if (i > 0 && message.charAt(i - 1) == '"') {
					i -= 2;
					continue;
				}
				return Text.quoted(message, i, '"');
			}
			i--;
		}
		return null;
	}

}
