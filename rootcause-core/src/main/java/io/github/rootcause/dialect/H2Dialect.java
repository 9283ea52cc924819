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
 * Reads H2 2.x. H2 throws {@code org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException} with the error code
 * equal to the SQLState, and puts one parameter in double quotes into the message: doubled {@code "} and
 * {@code \} inside, control characters as {@code \hhhh}. Only that parameter is read, never the
 * {@code ; SQL statement:} that follows it, so the words and values of a statement cannot confuse the reader, and
 * the localized words around the parameter do not matter. Messages as H2 2.4.240 wrote them:
 *
 * <pre>
 * 23505 DUPLICATE_KEY_1, a unique constraint (declared name, then its backing index):
 *   Unique index or primary key violation: "PUBLIC.UQ_EMAIL INDEX PUBLIC.UQ_EMAIL_INDEX_5 ON PUBLIC.CUSTOMER(EMAIL NULLS FIRST) VALUES ( &#47;* 1 *&#47; 'a@b.c' )"; SQL statement:
 *   insert into customer (id, email, name, price) values (2, 'a@b.c', 'x', 1) [23505-240]
 * 23505, a primary key:
 *   Unique index or primary key violation: "PUBLIC.CONSTRAINT_5 PRIMARY KEY ON PUBLIC.CUSTOMER(ID) ( &#47;* key:1 *&#47; 1, 'a@b.c', 'x', 1, NULL, NULL, NULL)"; ...
 * 23505, a unique index made by CREATE UNIQUE INDEX:
 *   Unique index or primary key violation: "PUBLIC.UX_X ON PUBLIC.U2(X NULLS FIRST) VALUES ( &#47;* 1 *&#47; 1 )"; ...
 * 23505, quoted and non-ASCII names:
 *   Unique index or primary key violation: "PUBLIC.U&amp;""Uq Mix\\00e9"" INDEX PUBLIC.U&amp;""Uq Mix\\00e9_INDEX_7"" ON PUBLIC.""My Table""(""Mixed Col"" NULLS FIRST) VALUES ( &#47;* 1 *&#47; 'a' )"; ...
 * 23505, as H2 2.3.232 and earlier wrote it (the backing index only; no name for a primary key):
 *   Unique index or primary key violation: "PUBLIC.UQ_EMAIL_INDEX_5 ON PUBLIC.CUSTOMER(EMAIL NULLS FIRST) VALUES ( &#47;* 1 *&#47; 'a@b.c' )"; ...
 *   Unique index or primary key violation: "PRIMARY KEY ON PUBLIC.CUSTOMER(ID) ( &#47;* key:1 *&#47; 1, 'a@b.c', 'x', 1, NULL, NULL, NULL)"; ...
 * 23502 NULL_NOT_ALLOWED (insert, update, and a column left out; the table is not named):
 *   NULL not allowed for column "NAME"; SQL statement: ...
 * 23513 CHECK_CONSTRAINT_VIOLATED_1 (the name as stored, unquoted; H2 2.3 and 2.4 leave the condition out):
 *   Check constraint violation: "CK_PRICE: "; SQL statement: ...
 * 23506 REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1 (insert or update of the child):
 *   Referential integrity constraint violation: "FK_PARENT: PUBLIC.CHILD FOREIGN KEY(PARENT_ID) REFERENCES PUBLIC.PARENT(ID) (99)"; ...
 * 23503 REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1 (delete or update of the parent):
 *   Referential integrity constraint violation: "FK_PARENT: PUBLIC.CHILD FOREIGN KEY(PARENT_ID) REFERENCES PUBLIC.PARENT(ID) (1)"; ...
 * </pre>
 *
 * <p>A unique violation names the declared constraint (or the unique index when there is no constraint), its
 * schema, table and columns; a foreign key its name, the schema and referencing table and its columns; a check its
 * name only; a not-null violation its column only. Other errors, such as 42001 (syntax), 22001 (value too long),
 * 22003 and 22004 (numeric value out of range) and 50200 (lock timeout), are not constraint violations.
 */
final class H2Dialect implements Dialect {

	static final H2Dialect INSTANCE = new H2Dialect();

	private static final int NULL_NOT_ALLOWED = 23502;

	private static final int REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1 = 23503;

	private static final int DUPLICATE_KEY_1 = 23505;

	private static final int REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1 = 23506;

	private static final int CHECK_CONSTRAINT_VIOLATED_1 = 23513;

	/** How many {@code ": "} a foreign key's name may hold before the reader gives up on the table. */
	private static final int NAME_SEPARATORS_TRIED = 16;

	private H2Dialect() {
	}

	/** A cause of H2's, to fill with what the exception tells. */
	private static CauseBuilder builder(Kind kind) {
		return Cause.builder(kind).database(Database.H2);
	}

	@Override
	public Optional<Cause> read(SQLException exception) {
		return switch (code(exception)) {
			case DUPLICATE_KEY_1 -> Optional.of(unique(parameterScanner(exception)).build());
			case NULL_NOT_ALLOWED -> Optional.of(notNull(parameter(exception)).build());
			case CHECK_CONSTRAINT_VIOLATED_1 -> Optional.of(check(parameter(exception)).build());
			case REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1 ->
				Optional.of(foreignKey(parameter(exception)).reference(Reference.MISSING).build());
			case REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1 ->
				Optional.of(foreignKey(parameter(exception)).reference(Reference.STILL_REFERENCED).build());
			default -> Optional.empty();
		};
	}

	/** The error code; H2 uses the same number as its SQLState, which stands in when a wrapper lost the code. */
	private static int code(SQLException exception) {
		if (exception.getErrorCode() != 0) {
			return exception.getErrorCode();
		}
		String sqlState = exception.getSQLState();
		if (sqlState == null || sqlState.length() != 5 || !sqlState.startsWith("23")) {
			return 0;
		}
		try {
			return Integer.parseInt(sqlState);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** The message's first quoted parameter, unescaped; {@code null} when there is none. */
	private static String parameter(SQLException exception) {
		String message = exception.getMessage();
		if (message == null) {
			return null;
		}
		String quoted = Text.quoted(message, message.indexOf('"'), '"');
		return (quoted != null) ? NameScanner.unescape(quoted) : null;
	}

	/**
	 * A scanner over the message's first quoted parameter: over the message itself when the parameter holds
	 * nothing to undo (no quote, no backslash: the usual case, and no copy of the values it shows), else over its
	 * unescaped copy; {@code null} when there is none.
	 */
	private static NameScanner parameterScanner(SQLException exception) {
		String message = exception.getMessage();
		int open = (message != null) ? message.indexOf('"') : -1;
		int after = Text.afterQuoted(message, open, '"');
		if (after < 0) {
			return null;
		}
		for (int i = open + 1; i < after - 1; i++) {
			char c = message.charAt(i);
			if (c == '"' || c == '\\') {
				return new NameScanner(NameScanner.unescape(Text.between(message, open, after, '"')), 0);
			}
		}
		return new NameScanner(message, open + 1, after - 1);
	}

	/**
	 * {@code [name INDEX] index ON table(columns) …}, {@code [name] PRIMARY KEY ON table(columns) …}.
	 */
	private static CauseBuilder unique(NameScanner scanner) {
		CauseBuilder cause = builder(Kind.UNIQUE);
		if (scanner == null) {
			return cause;
		}
		if (scanner.skip("PRIMARY KEY ON ")) {
			return withTableAndColumns(cause, null, scanner);
		}
		List<String> name = scanner.qualifiedName();
		String schema = schema(name);
		cause.constraint(last(name)).schema(schema);
		if (scanner.skip(" INDEX ")) {
			scanner.skipQualifiedName();
		}
		return (scanner.skip(" ON ") || scanner.skip(" PRIMARY KEY ON "))
				? withTableAndColumns(cause, schema, scanner) : cause;
	}

	private static CauseBuilder notNull(String parameter) {
		return builder(Kind.NOT_NULL).columns((parameter != null) ? List.of(parameter) : List.of());
	}

	/**
	 * {@code name: } (H2 2.3 and later) or {@code name: condition} (earlier): the name is stored as declared, so it
	 * may hold {@code ": "} itself; then only the form without the condition reads it whole.
	 */
	private static CauseBuilder check(String parameter) {
		CauseBuilder cause = builder(Kind.CHECK);
		if (parameter == null) {
			return cause;
		}
		if (parameter.endsWith(": ")) {
			return cause.constraint(parameter.substring(0, parameter.length() - 2));
		}
		int separator = parameter.indexOf(": ");
		return (separator > 0) ? cause.constraint(parameter.substring(0, separator)) : cause;
	}

	/**
	 * {@code name: table FOREIGN KEY(columns) REFERENCES parent(columns) (values)}: the name is stored as declared
	 * and may hold {@code ": "}, so each separator is tried until a table and {@code FOREIGN KEY(} follow it.
	 */
	private static CauseBuilder foreignKey(String parameter) {
		CauseBuilder cause = builder(Kind.FOREIGN_KEY);
		if (parameter == null) {
			return cause;
		}
		int separator = parameter.indexOf(": ");
		for (int tried = 0; separator > 0 && tried < NAME_SEPARATORS_TRIED; tried++) {
			NameScanner scanner = new NameScanner(parameter, separator + 2);
			List<String> table = scanner.qualifiedName();
			if (!table.isEmpty() && scanner.skip(" FOREIGN KEY")) {
				List<String> columns = scanner.columnList();
				if (columns != null) {
					return cause.constraint(parameter.substring(0, separator))
						.schema(schema(table))
						.table(last(table))
						.columns(columns);
				}
			}
			separator = parameter.indexOf(": ", separator + 2);
		}
		int first = parameter.indexOf(": ");
		return (first > 0) ? cause.constraint(parameter.substring(0, first)) : cause;
	}

	/** The table and its columns; the table's schema only when the index's name gave none. */
	private static CauseBuilder withTableAndColumns(CauseBuilder cause, String indexSchema, NameScanner scanner) {
		List<String> table = scanner.qualifiedName();
		if (table.isEmpty()) {
			return cause;
		}
		cause.table(last(table));
		if (indexSchema == null || indexSchema.isBlank()) {
			cause.schema(schema(table));
		}
		List<String> columns = scanner.columnList();
		return (columns != null) ? cause.columns(columns) : cause;
	}

	private static String last(List<String> name) {
		return name.isEmpty() ? null : name.get(name.size() - 1);
	}

	private static String schema(List<String> name) {
		return (name.size() >= 2) ? name.get(name.size() - 2) : null;
	}

}
