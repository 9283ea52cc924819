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
 * Reads PostgreSQL's constraint violations, and those of CockroachDB, YugabyteDB and PGAdapter, which speak its
 * protocol.
 *
 * <p>PostgreSQL sends each error as separate fields: SQLState, message, detail, schema, table, column, constraint.
 * This dialect reads those fields (through pgjdbc's {@code PSQLException.getServerErrorMessage()}, see
 * {@link Pgjdbc}, or r2dbc-postgresql's {@code PostgresqlException.getErrorDetails()}, see {@link R2dbcPostgresql})
 * and never the wording of the message, so a server whose {@code lc_messages} is German or
 * Japanese resolves exactly like an English one. Without pgjdbc on the class path, or for an exception that
 * carries no server error (such as the {@link java.sql.BatchUpdateException} that sums up a failed batch, whose
 * {@link SQLException#getNextException() next exception} carries it), the SQLState alone gives the kind.
 *
 * <table>
 * <caption>What each SQLState gives</caption>
 * <tr><th>SQLState</th><th>Kind</th><th>Read from the fields</th></tr>
 * <tr><td>{@code 23505} unique_violation</td><td>UNIQUE</td><td>constraint (or unique index), schema, table;
 * columns from the detail</td></tr>
 * <tr><td>{@code 23502} not_null_violation</td><td>NOT_NULL</td><td>schema, table; the column field</td></tr>
 * <tr><td>{@code 23514} check_violation</td><td>CHECK</td><td>constraint, schema, table</td></tr>
 * <tr><td>{@code 23503} foreign_key_violation</td><td>FOREIGN_KEY</td><td>constraint, schema, referencing
 * table, direction; columns from the detail when the referenced row is missing</td></tr>
 * <tr><td>{@code 23001} restrict_violation</td><td>FOREIGN_KEY</td><td>as 23503, always still referenced</td></tr>
 * <tr><td>{@code 23P01} exclusion_violation</td><td>EXCLUSION</td><td>constraint, schema, table; columns from
 * the detail</td></tr>
 * </table>
 * Every other SQLState, such as {@code 42601} syntax error, {@code 40P01} deadlock, {@code 55P03} lock timeout,
 * {@code 40001} serialization failure, {@code 22001} value too long, {@code 22003} numeric overflow or the
 * {@code 08} connection errors, gives nothing.
 *
 * <p>The errors as PostgreSQL 15 sends them (captured with {@code psql}, {@code \set VERBOSITY verbose}):
 * <pre>
 * 23505: duplicate key value violates unique constraint "child_email_key"
 *   DETAIL: Key (email)=(x) already exists.
 *   SCHEMA NAME: cap  TABLE NAME: child  CONSTRAINT NAME: child_email_key
 * 23505: duplicate key value violates unique constraint "ux_lower"
 *   DETAIL: Key (lower(name))=(a) already exists.
 *   SCHEMA NAME: cap  TABLE NAME: child  CONSTRAINT NAME: ux_lower
 * 23502: null value in column "name" of relation "child" violates not-null constraint
 *   DETAIL: Failing row contains (2, 1, null, 1, z).
 *   SCHEMA NAME: cap  TABLE NAME: child  COLUMN NAME: name
 * 23514: new row for relation "child" violates check constraint "ck_qty"
 *   DETAIL: Failing row contains (2, 1, c, 0, z).
 *   SCHEMA NAME: cap  TABLE NAME: child  CONSTRAINT NAME: ck_qty
 * 23503: insert or update on table "child" violates foreign key constraint "fk_child_parent"
 *   DETAIL: Key (parent_id)=(9) is not present in table "parent".
 *   SCHEMA NAME: cap  TABLE NAME: child  CONSTRAINT NAME: fk_child_parent
 * 23503: update or delete on table "parent" violates foreign key constraint "fk_child_parent" on table "child"
 *   DETAIL: Key (id)=(1) is still referenced from table "child".
 *   SCHEMA NAME: cap  TABLE NAME: child  CONSTRAINT NAME: fk_child_parent
 * 23P01: conflicting key value violates exclusion constraint "ex_during_excl"
 *   DETAIL: Key (during)=(["2020-01-01 10:30:00","2020-01-01 11:30:00")) conflicts with existing key (during)=(...).
 *   SCHEMA NAME: cap  TABLE NAME: ex  CONSTRAINT NAME: ex_during_excl
 * </pre>
 * A deferred constraint that fails at {@code COMMIT} sends the same fields.
 *
 * <p>CockroachDB (from its sources, {@code pkg/sql/row/errors.go} and {@code pkg/sql/opt/exec/execbuilder}) sends
 * the SQLState, the message, the detail in PostgreSQL's words and the constraint name field, but no schema, table
 * or column field:
 * <pre>
 * 23505: duplicate key value violates unique constraint "users_email_key"
 *   DETAIL: Key (email)=('a@example.com') already exists.   CONSTRAINT NAME: users_email_key
 * 23503: insert on table "child" violates foreign key constraint "child_p_fkey"
 *   DETAIL: Key (p)=(2) is not present in table "parent".   CONSTRAINT NAME: child_p_fkey
 * 23503: delete on table "parent" violates foreign key constraint "child_p_fkey" on table "child"
 *   DETAIL: Key (p)=(1) is still referenced from table "child".   CONSTRAINT NAME: child_p_fkey
 * 23514: failed to satisfy CHECK constraint (quantity &gt; 0)   CONSTRAINT NAME: check_quantity
 * 23502: null value in column "name" violates not-null constraint
 * </pre>
 * YugabyteDB sends PostgreSQL's fields for the violations PostgreSQL's own code raises (not-null, check, foreign
 * key), but its unique violations come from its storage layer, without the detail, and in some versions without
 * the constraint field (recorded from its issue tracker, yugabyte-db issues 2180 and 30992):
 * <pre>
 * 23505: duplicate key value violates unique constraint "users_email_key"
 * </pre>
 * Where a field is missing, its name is read from the English message instead ({@link PgMessages} quotes the
 * messages); a field the server sends always wins, so a PostgreSQL server in any language is read from its fields
 * alone. CockroachDB's check message names the check's expression, never its name: without the constraint field
 * the constraint stays unknown and the expression's columns are given, for the resolver to find the check by.
 *
 * <p>PGAdapter, Spanner's PostgreSQL interface, sends SQLState {@code 23505} or {@code 23503} with Spanner's own
 * message and no other field; {@link SpannerDialect} reads those messages.
 *
 * <p><b>Columns.</b> Only the key in the detail names them: {@code Key (a, b)=(...)}, in every translation the
 * part {@code (a, b)=(} (German: {@code Schlüssel »(a, b)=(1, 2)« existiert bereits.}). For a unique or exclusion
 * key PostgreSQL quotes names that need it ({@code Key ("Unit Price")=(5)}); the list is read up to its matching
 * parenthesis, minding quotes, and only when every entry is a plain or quoted column name; an expression index
 * ({@code Key (lower(name))=(...)}) leaves the columns to the catalog. A foreign key's detail names the columns as
 * stored, unquoted ({@code Key (Parent Id, part)=(1, 2)}), so the list ends at the first {@code )=(}, and is
 * read only when there is one ({@code Key (x)=(y, b)=(9, 9)} leaves it to the catalog). The values
 * that follow are never read. For a still-referenced foreign key the detail's key holds the <em>referenced</em> table's
 * columns, so the referencing columns are left to the catalog too. A not-null violation names its column in the
 * column field.
 *
 * <p><b>Foreign key direction.</b> The table field is always the referencing table. SQLState {@code 23001} is
 * always a row still referenced. Otherwise, in English the detail ends in {@code is not present in table} (the
 * referenced row is missing) or {@code is still referenced from table}. In any other language, the message
 * (which never holds values, only names) is counted: the still-referenced message names three relations (the
 * referenced table, the constraint and the referencing table), the missing one two (the referencing table and the
 * constraint), each between quotation marks ({@code "}, {@code »«}, {@code «»}, ...), so after blanking the known
 * table and constraint names, six or more quotation marks mean still referenced and fewer mean missing. This holds
 * for every translation PostgreSQL 15 ships, including Japanese and Chinese, which name the referencing table
 * <em>before</em> the constraint, and for CockroachDB.
 */
final class PostgresDialect implements Dialect {

	static final PostgresDialect INSTANCE = new PostgresDialect();

	/** Whether pgjdbc is on this class's class path; only then is {@link Pgjdbc} loaded. */
	private static final boolean PGJDBC_PRESENT = isPresent("org.postgresql.util.ServerErrorMessage");

	/** Whether r2dbc-postgresql is on this class's class path; only then is {@link R2dbcPostgresql} loaded. */
	private static final boolean R2DBC_POSTGRESQL_PRESENT = isPresent("io.r2dbc.postgresql.api.PostgresqlException");

	private static final String RESTRICT_VIOLATION = "23001";

	private static final int KEY_ATTEMPTS = 4;

	/** Longer than any identifier (PostgreSQL's are at most 63 bytes), so blanking a name stays cheap. */
	private static final int MAX_NAME_LENGTH = 256;

	private static final String QUOTATION_MARKS = "\"«»„“”‹›「」『』";

	private PostgresDialect() {
	}

	/** A cause of PostgreSQL's, to fill with what the exception tells. */
	private static CauseBuilder builder(Kind kind) {
		return Cause.builder(kind).database(Database.POSTGRESQL);
	}

	@Override
	public Optional<Cause> read(SQLException exception) {
		ServerError error = serverError(exception);
		String sqlState = exception.getSQLState();
		if (sqlState == null && error != null) {
			sqlState = error.sqlState();
		}
		Kind kind = kind(sqlState);
		if (kind == null) {
			return Optional.empty();
		}
		if (error != null) {
			return Optional.of(read(kind, sqlState, error));
		}
		CauseBuilder cause = builder(kind);
		return Optional.of(cause.reference(RESTRICT_VIOLATION.equals(sqlState) ? Reference.STILL_REFERENCED : null).build());
	}

	/**
	 * Reads a violation from the fields of a PostgreSQL server error, however they reached the caller.
	 * @param kind the kind its SQLState tells
	 * @param sqlState the SQLState
	 * @param error the fields
	 * @return the cause
	 */
	static Cause read(Kind kind, String sqlState, ServerError error) {
		if (error.constraint() == null && error.table() == null) {
			// PGAdapter (Spanner) sends Spanner's own words under PostgreSQL's SQLStates, and no field.
			Cause spanner = SpannerDialect.readText(kind, error.message(), Database.POSTGRESQL);
			if (spanner != null) {
				return spanner;
			}
		}
		// A server that leaves out a field (YugabyteDB, CockroachDB) still names it in its English message.
		PgMessages.Names named = (error.constraint() == null || error.table() == null
				|| (kind == Kind.NOT_NULL && error.column() == null)) ? PgMessages.read(kind, error.message())
						: PgMessages.NONE;
		CauseBuilder cause = builder(kind)
			.constraint((error.constraint() != null) ? error.constraint() : named.constraint())
			.schema(error.schema())
			.table((error.table() != null) ? error.table() : named.table());
		switch (kind) {
			case UNIQUE, EXCLUSION -> cause.columns(keyColumns(error.detail()));
			case NOT_NULL -> cause.columns((error.column() != null) ? List.of(error.column()) : named.columns());
			case CHECK -> cause.columns((error.constraint() == null) ? named.columns() : List.of());
			case FOREIGN_KEY -> {
				Reference reference = RESTRICT_VIOLATION.equals(sqlState) ? Reference.STILL_REFERENCED
						: reference(error);
				cause.reference(reference);
				if (reference == Reference.MISSING) {
					cause.columns(foreignKeyColumns(error.detail()));
				}
			}
			default -> {
			}
		}
		return cause.build();
	}

	private static Kind kind(String sqlState) {
		if (RESTRICT_VIOLATION.equals(sqlState)) {
			return Kind.FOREIGN_KEY;
		}
		return StandardDialect.kind(sqlState).orElse(null);
	}

	private static ServerError serverError(SQLException exception) {
		try {
			ServerError error = PGJDBC_PRESENT ? Pgjdbc.serverError(exception) : null;
			if (error == null && R2DBC_POSTGRESQL_PRESENT) {
				// R2DBC's exception stands behind the SQL exception that carries its SQLState and message.
				error = R2dbcPostgresql.serverError(exception.getCause());
			}
			return error;
		}
		catch (LinkageError ex) {
			return null;
		}
	}

	/**
	 * Which side of a foreign key failed; see the class description.
	 * @param error the fields of a {@code 23503} error
	 * @return the side, or {@code null} when neither message nor detail tells
	 */
	static Reference reference(ServerError error) {
		String message = error.message();
		if (message == null) {
			return null;
		}
		String detail = error.detail();
		if (detail != null && message.contains(" violates foreign key constraint ")) {
			int missing = detail.lastIndexOf(" is not present in table ");
			int referenced = detail.lastIndexOf(" is still referenced from table ");
			if (missing != referenced) {
				return (missing > referenced) ? Reference.MISSING : Reference.STILL_REFERENCED;
			}
		}
		String names = blank(blank(message, error.constraint()), error.table());
		int marks = 0;
		for (int i = 0; i < names.length(); i++) {
			if (QUOTATION_MARKS.indexOf(names.charAt(i)) >= 0) {
				marks++;
			}
		}
		if (marks >= 6) {
			return Reference.STILL_REFERENCED;
		}
		return (marks > 0) ? Reference.MISSING : null;
	}

	private static String blank(String text, String name) {
		boolean plausible = name != null && !name.isEmpty() && name.length() <= MAX_NAME_LENGTH;
		return plausible ? text.replace(name, "") : text;
	}

	/**
	 * The columns of the key a detail shows, {@code [a, b]} for {@code Key (a, b)=(1, 2) already exists.} in any
	 * language. Tries the first few parentheses, since a translation may name a table (which may hold
	 * parentheses) before the key.
	 * @param detail the detail field, may be {@code null}
	 * @return the column names, unquoted; empty when there is no key or it holds an expression
	 */
	static List<String> keyColumns(String detail) {
		if (detail == null) {
			return List.of();
		}
		int from = 0;
		for (int attempt = 0; attempt < KEY_ATTEMPTS; attempt++) {
			int open = detail.indexOf('(', from);
			if (open < 0) {
				return List.of();
			}
			int close = closingParenthesis(detail, open);
			if (close > 0 && detail.startsWith("=(", close + 1)) {
				return names(detail, open + 1, close);
			}
			from = open + 1;
		}
		return List.of();
	}

	/**
	 * The referencing columns a missing-reference detail shows, {@code [a, b]} for
	 * {@code Key (a, b)=(1, 2) is not present in table "parent".} in any language. Unlike an index key, PostgreSQL
	 * writes these names as stored, unquoted, joined by {@code ", "}, so the list is the text between the last
	 * parenthesis before the first {@code )=(} and that {@code )=(}; when the detail holds a second {@code )=(}
	 * (in a column name or a value) the list cannot be told and is left to the catalog.
	 * @param detail the detail field, may be {@code null}
	 * @return the column names; empty when there is no key
	 */
	static List<String> foreignKeyColumns(String detail) {
		int close = (detail != null) ? detail.indexOf(")=(") : -1;
		int open = (close > 0) ? detail.lastIndexOf('(', close - 1) : -1;
		if (open < 0 || detail.indexOf(")=(", close + 1) >= 0) {
			// A second ")=(" may end the real list (a column named "x)=(y") or sit in a value: the catalog tells.
			return List.of();
		}
		List<String> names = new ArrayList<>(2);
		int start = open + 1;
		while (start <= close) {
			int comma = detail.indexOf(", ", start);
			int end = (comma < 0 || comma > close) ? close : comma;
			String name = detail.substring(start, end);
			if (name.isBlank()) {
				return List.of();
			}
			names.add(name);
			start = end + 2;
		}
		return names;
	}

	/** The index of the parenthesis that closes the one at {@code open}, minding quotes; -1 when none. */
	private static int closingParenthesis(String text, int open) {
		int depth = 0;
		char quote = 0;
		for (int i = open; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
			}
			else if (c == '"' || c == '\'') {
				quote = c;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/** The names in {@code text[start, end)}, split on commas outside quotes; empty if one is not a name. */
	private static List<String> names(String text, int start, int end) {
		List<String> names = new ArrayList<>(2);
		int i = start;
		while (i < end) {
			i = Text.skipSpaces(text, i);
			String name;
			if (i < end && text.charAt(i) == '"') {
				int after = Text.afterQuoted(text, i, '"');
				if (after < 0) {
					return List.of();
				}
				name = Text.between(text, i, after, '"');
				i = after;
			}
			else {
				int first = i;
				while (i < end && isNameCharacter(text.charAt(i))) {
					i++;
				}
				name = text.substring(first, i);
			}
			i = Text.skipSpaces(text, i);
			if (name.isEmpty() || i > end || (i < end && text.charAt(i) != ',')) {
				return List.of();
			}
			names.add(name);
			i++;
		}
		return names;
	}

	private static boolean isNameCharacter(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$';
	}

	private static boolean isPresent(String className) {
		try {
			Class.forName(className, false, PostgresDialect.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	/**
	 * The fields of a PostgreSQL server error that this dialect reads; any may be {@code null}.
	 *
	 * @param sqlState the SQLState ({@code C})
	 * @param message the primary message ({@code M}), which holds names but never values
	 * @param detail the detail ({@code D}), which may hold values
	 * @param schema the schema name ({@code s})
	 * @param table the table name ({@code t})
	 * @param column the column name ({@code c})
	 * @param constraint the constraint name ({@code n})
	 */
	record ServerError(String sqlState, String message, String detail, String schema, String table, String column,
			String constraint) {
	}

}
