package io.github.rootcause.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.rootcause.Kind;

/**
 * The names in the English primary message of a PostgreSQL error, for the servers that speak PostgreSQL's protocol
 * but leave out some of its fields: YugabyteDB sends its unique violations (raised by its storage layer, not by
 * PostgreSQL's code) without the detail and, in some versions, without the constraint field; CockroachDB sends no
 * schema, table or column field. {@link PostgresDialect} takes a name from here only where the field is missing,
 * so a PostgreSQL server, which sends every field in any language, never reaches this class. The primary message
 * holds names only, never a row's values. Messages read (SQLState, English, as PostgreSQL 11 to 17, YugabyteDB and
 * CockroachDB word them):
 * <pre>
 * 23505: duplicate key value violates unique constraint "users_email_key"               → constraint
 * 23P01: conflicting key value violates exclusion constraint "ex_during"                 → constraint
 * 23514: new row for relation "orders" violates check constraint "ck_qty"                → table, constraint
 * 23503: insert or update on table "child" violates foreign key constraint "fk_parent"   → table, constraint
 * 23503: insert on table "child" violates foreign key constraint "child_p_fkey"          → (CockroachDB)
 * 23503: update or delete on table "parent" violates foreign key constraint "fk_parent" on table "child"
 *                                                                                        → constraint, child table
 * 23503: delete on table "parent" violates foreign key constraint "child_p_fkey" on table "child"  (CockroachDB)
 * 23502: null value in column "name" of relation "note" violates not-null constraint     → column, table
 * 23502: null value in column "name" violates not-null constraint                        → column (PostgreSQL 12
 *                                                                                          and earlier, YugabyteDB 2.x,
 *                                                                                          CockroachDB)
 * 23514: failed to satisfy CHECK constraint (price &gt; 0:::DECIMAL)                        → the columns the
 *                                                                                          expression reads
 * </pre>
 * PostgreSQL writes names between double quotes without escaping a quote inside, so a name is read between the
 * fixed words around it, not up to the next quote. CockroachDB's check message holds the check's expression, not
 * its name: the expression is never answered as a name; the columns it reads (identifiers that are no type after
 * {@code ::}, no function before {@code (} and no SQL keyword) let the resolver find the check among the table's
 * by its columns, and when that is not certain the constraint stays unknown.
 */
final class PgMessages {

	static final Names NONE = new Names(null, null, List.of());

	private static final String UNIQUE = "duplicate key value violates unique constraint \"";

	private static final String EXCLUSION = "conflicting key value violates exclusion constraint \"";

	private static final String CHECK = "new row for relation \"";

	private static final String CHECK_SEPARATOR = "\" violates check constraint \"";

	private static final String COCKROACH_CHECK = "failed to satisfy CHECK constraint (";

	private static final String FOREIGN_KEY_SEPARATOR = "\" violates foreign key constraint \"";

	private static final String ON_TABLE = " on table \"";

	private static final String REFERENCING_TABLE = "\" on table \"";

	private static final String NOT_NULL = "null value in column \"";

	private static final String NOT_NULL_END = "\" violates not-null constraint";

	private static final String OF_RELATION = "\" of relation \"";

	/** More identifiers than any check expression a resolver could match by its columns. */
	private static final int MAX_EXPRESSION_COLUMNS = 16;

	private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "is", "null", "true", "false", "in",
			"between", "like", "ilike", "similar", "to", "escape", "case", "when", "then", "else", "end", "any", "all",
			"some", "collate", "distinct", "from", "array", "interval", "at", "time", "zone", "isnull", "notnull",
			"with", "without", "varying", "precision", "double");

	private PgMessages() {
	}

	/**
	 * The names a message holds for a violation of the given kind.
	 * @param kind the kind the SQLState tells
	 * @param message the primary message, may be {@code null}
	 * @return the names; {@link #NONE} when the message is not one of those above
	 */
	static Names read(Kind kind, String message) {
		if (message == null) {
			return NONE;
		}
		return switch (kind) {
			case UNIQUE -> new Names(between(message, UNIQUE), null, List.of());
			case EXCLUSION -> new Names(between(message, EXCLUSION), null, List.of());
			case CHECK -> check(message);
			case FOREIGN_KEY -> foreignKey(message);
			case NOT_NULL -> notNull(message);
		};
	}

	/** The text between a prefix and the quote that ends the message, or {@code null}. */
	private static String between(String message, String prefix) {
		int end = message.length() - 1;
		return (message.startsWith(prefix) && end > prefix.length() && message.charAt(end) == '"')
				? message.substring(prefix.length(), end) : null;
	}

	private static Names check(String message) {
		if (message.startsWith(COCKROACH_CHECK) && message.endsWith(")")) {
			return new Names(null, null, expressionColumns(message, COCKROACH_CHECK.length(), message.length() - 1));
		}
		int separator = message.startsWith(CHECK) ? message.indexOf(CHECK_SEPARATOR, CHECK.length()) : -1;
		int nameStart = separator + CHECK_SEPARATOR.length();
		int end = message.length() - 1;
		if (separator < 0 || end <= nameStart || message.charAt(end) != '"') {
			return NONE;
		}
		return new Names(message.substring(nameStart, end), message.substring(CHECK.length(), separator), List.of());
	}

	/** Either side's message: the verb's table, then the constraint, then, when still referenced, the child. */
	private static Names foreignKey(String message) {
		int separator = message.indexOf(FOREIGN_KEY_SEPARATOR);
		int onTable = (separator > 0) ? message.indexOf(ON_TABLE) : -1;
		if (onTable < 0 || onTable + ON_TABLE.length() > separator || message.lastIndexOf('"', onTable) >= 0
				|| !message.endsWith("\"")) {
			return NONE;
		}
		String first = message.substring(onTable + ON_TABLE.length(), separator);
		int nameStart = separator + FOREIGN_KEY_SEPARATOR.length();
		int end = message.length() - 1;
		int child = message.lastIndexOf(REFERENCING_TABLE, end);
		if (child >= nameStart && child + REFERENCING_TABLE.length() <= end) {
			return new Names(message.substring(nameStart, child), message.substring(child + REFERENCING_TABLE.length(),
					end), List.of());
		}
		return (end > nameStart) ? new Names(message.substring(nameStart, end), first, List.of()) : NONE;
	}

	private static Names notNull(String message) {
		int end = message.length() - NOT_NULL_END.length();
		if (!message.startsWith(NOT_NULL) || !message.endsWith(NOT_NULL_END) || end <= NOT_NULL.length()) {
			return NONE;
		}
		String names = message.substring(NOT_NULL.length(), end);
		int relation = names.indexOf(OF_RELATION);
		if (relation > 0) {
			return new Names(null, names.substring(relation + OF_RELATION.length()),
					List.of(names.substring(0, relation)));
		}
		return new Names(null, null, List.of(names));
	}

	/**
	 * The columns a check expression reads, in the order they first appear: bare identifiers (the last part of a
	 * qualified one) and double-quoted ones, except types after {@code ::}, functions before {@code (}, keywords
	 * and what is inside string literals.
	 * @return the columns; empty when there are none or too many
	 */
	static List<String> expressionColumns(String text, int start, int end) {
		List<String> columns = new ArrayList<>(2);
		int i = start;
		while (i < end) {
			char c = text.charAt(i);
			if (c == '\'') {
				int after = Text.afterQuoted(text, i, '\'', end);
				if (after < 0) {
					return List.of();
				}
				i = after;
			}
			else if (c == '"' || Character.isLetter(c) || c == '_') {
				int after = (c == '"') ? Text.afterQuoted(text, i, '"', end) : identifierEnd(text, i, end);
				if (after < 0) {
					return List.of();
				}
				String name = (c == '"') ? Text.between(text, i, after, '"') : text.substring(i, after);
				boolean type = i >= 2 && text.charAt(i - 1) == ':' && text.charAt(i - 2) == ':';
				int next = Text.skipSpaces(text, after);
				boolean qualifier = next < end && text.charAt(next) == '.';
				boolean function = next < end && text.charAt(next) == '(';
				boolean keyword = c != '"' && KEYWORDS.contains(name.toLowerCase(Locale.ROOT));
				if (!type && !qualifier && !function && !keyword && !name.isEmpty()
						&& columns.stream().noneMatch(name::equalsIgnoreCase)) {
					if (columns.size() == MAX_EXPRESSION_COLUMNS) {
						return List.of();
					}
					columns.add(name);
				}
				i = after;
			}
			else if (Character.isDigit(c)) {
				i = identifierEnd(text, i, end);
			}
			else {
				i++;
			}
		}
		return columns;
	}

	private static int identifierEnd(String text, int from, int end) {
		int i = from;
		while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
				|| text.charAt(i) == '$')) {
			i++;
		}
		return i;
	}

	/**
	 * What a message names; any part may be missing.
	 *
	 * @param constraint the constraint, or {@code null}
	 * @param table the table (for a foreign key, the referencing one), or {@code null}
	 * @param columns the columns: a not-null violation's column, or the columns a check expression reads
	 */
	record Names(String constraint, String table, List<String> columns) {
	}

}
