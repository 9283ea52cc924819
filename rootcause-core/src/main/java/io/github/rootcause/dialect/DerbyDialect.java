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
 * Reads Apache Derby's constraint violations (embedded engine and network client, 10.x).
 *
 * <p>The SQLState alone gives the kind, in any language. The names come from the message arguments that the
 * embedded engine keeps on the {@code org.apache.derby.shared.common.error.StandardException} behind every
 * {@code java.sql} exception it throws ({@code getMessageId()}, {@code getArguments()}): they do not depend on
 * the locale the messages are printed in ({@code derbyLocale_xx} jars). Without them (network client, a copy of
 * the exception) the English message is read; a message in another language gives the kind only. Captured from
 * Derby 10.16.1.1, vendor code {@code 30000} for all of them:
 * <pre>
 * 23505  The statement was aborted because it would have caused a duplicate key value in a unique or primary key
 *        constraint or unique index identified by 'UQ_EMAIL' defined on 'CUSTOMER'.
 * 23502  Column 'EMAIL'  cannot accept a NULL value.
 * 23513  The check constraint 'CK_AGE' was violated while performing an INSERT or UPDATE on table
 *        '"APP"."CUSTOMER"'.
 * 23503  INSERT on table 'CHILD' caused a violation of foreign key constraint 'FK_CHILD_CUSTOMER' for key (99).
 *        The statement has been rolled back.
 * 23503  DELETE on table 'CUSTOMER' caused a violation of foreign key constraint 'FK_CHILD_CUSTOMER' for key (1).
 *        The statement has been rolled back.
 * </pre>
 * and for deferrable constraints checked at commit (from Derby's message catalog)
 * {@code 23506}/{@code 23507} (unique: {@code ... identified by 'C' defined on 'T'.}), {@code 23514}/{@code 23515}
 * (check) and {@code 23516}/{@code 23517} (foreign key).
 *
 * <p>A not-null violation names the column only, never its table; the resolver takes the table from the failed
 * statement when it is given. Unnamed constraints carry the name Derby gave them ({@code SQL0000000081-36e280fc-...}). Names are quoted
 * with {@code '} and never escaped, so a name is read up to the last occurrence of the text that follows it.
 * The table of a foreign key violation is the one the statement changed: the child for {@code INSERT}
 * ({@link Reference#MISSING}), kept; the parent for {@code DELETE} ({@link Reference#STILL_REFERENCED}), dropped,
 * since a foreign key's table is the child, which the resolver adds; for {@code UPDATE} either, so it is kept and
 * the reference is left to the resolver, which knows from the catalog which side the table is on (and then
 * reports the child table).
 */
final class DerbyDialect implements Dialect {

	static final DerbyDialect INSTANCE = new DerbyDialect();

	private static final String UNIQUE_NAME = "identified by '";

	private static final String UNIQUE_TABLE = "' defined on '";

	private DerbyDialect() {
	}

	/** A cause of Derby's, to fill with what the exception tells. */
	private static CauseBuilder builder(Kind kind) {
		return Cause.builder(kind).database(Database.DERBY);
	}

	/**
	 * {@code getMessageId} and {@code getArguments} of a Derby exception class, looked up once per class rather than
	 * at every read; {@code null} for a class that lacks either.
	 */
	private static final Accessor MESSAGE_ID = new Accessor("getMessageId");

	private static final Accessor ARGUMENTS = new Accessor("getArguments");

	@Override
	public Optional<Cause> read(SQLException exception) {
		String state = exception.getSQLState();
		Kind kind = kind(state);
		if (kind == null) {
			return Optional.empty();
		}
		Object[] arguments = arguments(exception, state);
		CauseBuilder cause = (arguments != null) ? fromArguments(builder(kind), state, arguments)
				: fromMessage(builder(kind), state, exception.getMessage());
		return Optional.of(cause.build());
	}

	private static Kind kind(String state) {
		if (state == null) {
			return null;
		}
		return switch (state) {
			case "23505", "23506", "23507" -> Kind.UNIQUE;
			case "23502" -> Kind.NOT_NULL;
			case "23503", "23516", "23517" -> Kind.FOREIGN_KEY;
			case "23513", "23514", "23515" -> Kind.CHECK;
			default -> null;
		};
	}

	private static CauseBuilder fromArguments(CauseBuilder cause, String state, Object[] arguments) {
		return switch (state) {
			case "23505", "23506", "23507" -> cause.constraint(argument(arguments, 0))
				.table(argument(arguments, 1));
			case "23502" -> cause.columns(listOf(argument(arguments, 0)));
			case "23503" -> fromVerb(cause.constraint(argument(arguments, 0)).table(argument(arguments, 1)),
					argument(arguments, 2));
			case "23513" -> withQualifiedTable(cause.constraint(argument(arguments, 1)), argument(arguments, 0));
			case "23514", "23515", "23516", "23517" -> withQualifiedTable(
					cause.constraint(argument(arguments, 0)), argument(arguments, 1));
			default -> cause;
		};
	}

	private static CauseBuilder fromMessage(CauseBuilder cause, String state, String message) {
		if (message == null) {
			return cause;
		}
		return switch (state) {
			case "23505", "23506", "23507" -> {
				int name = message.indexOf(UNIQUE_NAME);
				int table = message.lastIndexOf(UNIQUE_TABLE);
				if (name < 0 || table < name + UNIQUE_NAME.length()) {
					yield cause;
				}
				yield cause.constraint(message.substring(name + UNIQUE_NAME.length(), table))
					.table(upToLastQuote(message, table + UNIQUE_TABLE.length()));
			}
			case "23502" -> cause.columns(listOf(between(message, "Column '", "'  cannot accept a NULL value")));
			case "23503" -> {
				String table = between(message, " on table '", "' caused a violation of foreign key constraint '");
				String constraint = between(message, "' caused a violation of foreign key constraint '",
						"' for key ");
				int verbEnd = message.indexOf(' ');
				String verb = (verbEnd > 0) ? message.substring(0, verbEnd) : null;
				yield fromVerb(cause.constraint(constraint).table(table), verb);
			}
			case "23513" -> {
				String constraint = between(message, "The check constraint '", "' was violated while performing");
				int table = message.lastIndexOf("on table '");
				yield withQualifiedTable(cause.constraint(constraint),
						(table < 0) ? null : upToLastQuote(message, table + "on table '".length()));
			}
			case "23514", "23515" -> cause.constraint(between(message, UNIQUE_NAME, "' defined on "));
			case "23516", "23517" -> cause.constraint(between(message, "oreign key '", "' defined on "));
			default -> cause;
		};
	}

	private static CauseBuilder fromVerb(CauseBuilder cause, String verb) {
		if ("INSERT".equals(verb)) {
			return cause.reference(Reference.MISSING);
		}
		if ("DELETE".equals(verb)) {
			// The table named is the parent; a foreign key's table is the child, which the catalog tells.
			return cause.reference(Reference.STILL_REFERENCED).table(null);
		}
		return cause;
	}

	/** A table Derby names as {@code "APP"."CUSTOMER"}: quoted parts, doubled quotes inside. */
	private static CauseBuilder withQualifiedTable(CauseBuilder cause, String qualified) {
		if (qualified == null || qualified.isEmpty() || qualified.charAt(0) != '"') {
			return cause.table(qualified);
		}
		List<String> parts = Text.parts(qualified, '"');
		if (parts.size() >= 2) {
			return cause.schema(parts.get(parts.size() - 2)).table(parts.get(parts.size() - 1));
		}
		return parts.isEmpty() ? cause : cause.table(parts.get(0));
	}

	/** The text between the first {@code start} and the last {@code end} after it, or {@code null}. */
	private static String between(String message, String start, String end) {
		int from = message.indexOf(start);
		if (from < 0) {
			return null;
		}
		from += start.length();
		int to = message.lastIndexOf(end);
		return (to < from) ? null : message.substring(from, to);
	}

	/** The text from {@code from} to the last quote of the message, or {@code null} when there is none. */
	private static String upToLastQuote(String message, int from) {
		int to = message.lastIndexOf('\'');
		return (to < from) ? null : message.substring(from, to);
	}

	private static List<String> listOf(String column) {
		return (column != null) ? List.of(column) : List.of();
	}

	private static String argument(Object[] arguments, int index) {
		return (index < arguments.length && arguments[index] != null) ? arguments[index].toString() : null;
	}

	/**
	 * The arguments of the message, from the Derby {@code StandardException} that causes the exception, when its
	 * message id is the exception's SQLState ({@code 23505}, {@code 23506.T.1}, ...).
	 */
	private static Object[] arguments(SQLException exception, String state) {
		Throwable cause = exception.getCause();
		if (cause == null || !cause.getClass().getName().startsWith("org.apache.derby.")) {
			return null;
		}
		Object id = MESSAGE_ID.call(cause);
		if (!(id instanceof String text) || !text.startsWith(state)) {
			return null;
		}
		return (ARGUMENTS.call(cause) instanceof Object[] array && array.length > 0) ? array : null;
	}

}
