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
 * Reads IBM Db2 errors by their SQLCODE, the JDBC vendor code, and their SQLERRMC message tokens.
 *
 * <p>The JCC driver throws {@code com.ibm.db2.jcc.am.SqlIntegrityConstraintViolationException} whose SQLCA holds
 * the tokens; its message shows them joined by {@code ;}. The messages this dialect reads, as JCC formats them
 * (SQLState, SQLCODE), with the tokens the Db2 for LUW message reference documents:
 * <pre>
 * 23505  -803  DB2 SQL Error: SQLCODE=-803, SQLSTATE=23505, SQLERRMC=2;APP.CUSTOMER, DRIVER=4.38.7
 *              SQL0803N ... the primary key, unique constraint or unique index identified by "&lt;index-id&gt;"
 *              constrains table "&lt;table-name&gt;" from having duplicate values for the index key.
 * 23502  -407  DB2 SQL Error: SQLCODE=-407, SQLSTATE=23502, SQLERRMC=TBSPACEID=2, TABLEID=3, COLNO=1, DRIVER=...
 *              SQL0407N Assignment of a NULL value to a NOT NULL column "&lt;name&gt;" is not allowed.
 * 23503  -530  DB2 SQL Error: SQLCODE=-530, SQLSTATE=23503, SQLERRMC=APP.ORDERS.FK_ORDER_CUSTOMER, DRIVER=...
 *              SQL0530N The INSERT or UPDATE value of the FOREIGN KEY "&lt;constraint-name&gt;" is not equal to
 *              any value of the parent key of the parent table.
 * 23504  -531  SQL0531N The parent key in a parent row of relationship "&lt;constraint-name&gt;" cannot be updated.
 * 23504  -532  SQL0532N A parent row cannot be deleted because the relationship "&lt;constraint-name&gt;" restricts
 *              the deletion.
 * 23513  -545  DB2 SQL Error: SQLCODE=-545, SQLSTATE=23513, SQLERRMC=APP.ORDERS.CK_ORDER_QUANTITY, DRIVER=...
 *              SQL0545N The requested operation is not allowed because a row does not satisfy the check
 *              constraint "&lt;constraint-name&gt;".
 * </pre>
 * Tokens are read from the SQLCA when the exception is the JCC driver's (through its public
 * {@code getSqlca().getSqlErrmcTokens()}, by reflection, so no driver is needed at compile time): they are exact
 * even when a name contains {@code ;}, and reading them never asks the server for message text, which
 * {@code getMessage()} does under {@code retrieveMessagesFromServerOnGetMessage=true}. Otherwise they are read
 * from {@code SQLERRMC=} up to the last {@code , DRIVER=} of the message; a message cut before it gives the kind
 * only.
 *
 * <p>Db2 prints names unquoted. A constraint token is {@code name}, {@code schema.name} or
 * {@code schema.table.name} (the constraint's own table: the referencing one for a foreign key), split on its
 * first dots. SQL0803N names the index by its numeric id ({@code SYSCAT.INDEXES.IID}), not its name, so a
 * unique violation gives the table only and the columns need the catalog; on Db2 for z/OS the tokens are an
 * index space and a record id, and give nothing. SQL0407N names the column, or gives
 * {@code TBSPACEID=n, TABLEID=n, COLNO=n} when the statement did not, which gives nothing. Anything else
 * (-911 deadlock or timeout, -913, -302 and -433 value too long, connection errors) is empty.
 */
final class Db2Dialect implements Dialect {

	static final Db2Dialect INSTANCE = new Db2Dialect();

	private static final Accessor SQLCA = new Accessor("getSqlca");

	private static final Accessor SQL_ERRMC_TOKENS = new Accessor("getSqlErrmcTokens");

	private Db2Dialect() {
	}

	/** A cause of Db2's, to fill with what the exception tells. */
	private static CauseBuilder builder(Kind kind) {
		return Cause.builder(kind).database(Database.DB2);
	}

	@Override
	public Optional<Cause> read(SQLException exception) {
		int code = exception.getErrorCode();
		String[] tokens = sqlcaTokens(exception);
		String message = (tokens == null || code == 0) ? exception.getMessage() : null;
		if (code == 0) {
			code = sqlCode(message);
		}
		return switch (code) {
			case -803 -> Optional.of(unique(tokens(tokens, message)).build());
			case -407 -> Optional.of(notNull(tokens(tokens, message)).build());
			case -530 -> Optional.of(named(builder(Kind.FOREIGN_KEY).reference(Reference.MISSING),
					tokens(tokens, message)).build());
			case -531, -532 -> Optional.of(named(builder(Kind.FOREIGN_KEY).reference(Reference.STILL_REFERENCED),
					tokens(tokens, message)).build());
			case -545 -> Optional.of(named(builder(Kind.CHECK), tokens(tokens, message)).build());
			default -> Optional.empty();
		};
	}

	private static CauseBuilder unique(String[] tokens) {
		CauseBuilder cause = builder(Kind.UNIQUE);
		if (tokens.length < 2 || !isNumber(tokens[0])) {
			return cause;
		}
		List<String> table = split(tokens[1], 2);
		return (table.size() == 2) ? cause.schema(table.get(0)).table(table.get(1))
				: cause.table(table.get(0));
	}

	private static CauseBuilder notNull(String[] tokens) {
		CauseBuilder cause = builder(Kind.NOT_NULL);
		if (tokens.length == 0 || tokens[0].startsWith("TBSPACEID=")) {
			return cause;
		}
		List<String> column = split(tokens[0], 3);
		return switch (column.size()) {
			case 3 -> cause.schema(column.get(0)).table(column.get(1)).columns(column.subList(2, 3));
			case 2 -> cause.table(column.get(0)).columns(column.subList(1, 2));
			default -> cause.columns(column);
		};
	}

	private static CauseBuilder named(CauseBuilder cause, String[] tokens) {
		if (tokens.length == 0) {
			return cause;
		}
		List<String> name = split(tokens[0], 3);
		return switch (name.size()) {
			case 3 -> cause.schema(name.get(0)).table(name.get(1)).constraint(name.get(2));
			case 2 -> cause.schema(name.get(0)).constraint(name.get(1));
			default -> cause.constraint(name.get(0));
		};
	}

	/** Splits {@code a.b.c} on its first dots into at most {@code max} parts; the last keeps any further dots. */
	private static List<String> split(String qualified, int max) {
		List<String> parts = new ArrayList<>(max);
		int start = 0;
		while (parts.size() < max - 1) {
			int dot = qualified.indexOf('.', start);
			if (dot < 0) {
				break;
			}
			parts.add(qualified.substring(start, dot));
			start = dot + 1;
		}
		parts.add(qualified.substring(start));
		return parts;
	}

	/** The SQLCA tokens of a JCC exception, or {@code null} when it is not one or they cannot be read. */
	private static String[] sqlcaTokens(SQLException exception) {
		if (!exception.getClass().getName().startsWith("com.ibm.db2.jcc.")) {
			return null;
		}
		return (SQL_ERRMC_TOKENS.call(SQLCA.call(exception)) instanceof String[] tokens) ? tokens : null;
	}

	/** The SQLCA tokens when read, else the {@code SQLERRMC=} tokens of the message; never {@code null}. */
	private static String[] tokens(String[] sqlca, String message) {
		if (sqlca != null) {
			return nonNull(sqlca);
		}
		if (message == null) {
			return new String[0];
		}
		int start = message.indexOf("SQLERRMC=");
		if (start < 0) {
			return new String[0];
		}
		start += "SQLERRMC=".length();
		int end = message.lastIndexOf(", DRIVER=");
		if (end < start) {
			// JCC always ends with the driver version: without it the message was cut, and so may the last name.
			return new String[0];
		}
		String errmc = message.substring(start, end);
		if (errmc.isEmpty() || errmc.equals("null")) {
			return new String[0];
		}
		return errmc.split(";", -1);
	}

	private static String[] nonNull(String[] tokens) {
		String[] copy = new String[tokens.length];
		for (int i = 0; i < tokens.length; i++) {
			copy[i] = (tokens[i] != null) ? tokens[i].trim() : "";
		}
		return copy;
	}

	/** The {@code SQLCODE=} of a message, for exceptions that do not carry it as vendor code. */
	private static int sqlCode(String message) {
		if (message == null) {
			return 0;
		}
		int at = message.indexOf("SQLCODE=");
		if (at < 0) {
			return 0;
		}
		int i = at + "SQLCODE=".length();
		boolean negative = i < message.length() && message.charAt(i) == '-';
		if (negative) {
			i++;
		}
		int code = 0;
		int digits = 0;
		while (i < message.length() && digits < 6 && Character.isDigit(message.charAt(i))) {
			code = code * 10 + (message.charAt(i++) - '0');
			digits++;
		}
		return negative ? -code : code;
	}

	private static boolean isNumber(String token) {
		if (token.isEmpty()) {
			return false;
		}
		for (int i = 0; i < token.length(); i++) {
			if (!Character.isDigit(token.charAt(i))) {
				return false;
			}
		}
		return true;
	}

}
