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
 * Reads Microsoft SQL Server and Azure SQL errors by their error number, the JDBC vendor code.
 *
 * <p>mssql-jdbc throws {@code com.microsoft.sqlserver.jdbc.SQLServerException} with the server's message text, the
 * error number as vendor code and SQLState {@code 23000} for these four numbers. The messages this dialect reads,
 * as {@code sys.messages} holds them (SQLState, vendor code):
 * <pre>
 * 23000  2627  Violation of UNIQUE KEY constraint 'UQ_customer_email'. Cannot insert duplicate key in object
 *              'dbo.customer'. The duplicate key value is (a@b.c).
 * 23000  2627  Violation of PRIMARY KEY constraint 'PK_customer'. Cannot insert duplicate key in object
 *              'dbo.customer'. The duplicate key value is (1).
 * 23000  2601  Cannot insert duplicate key row in object 'dbo.customer' with unique index 'ix_customer_email'.
 *              The duplicate key value is (a@b.c).
 * 23000  515   Cannot insert the value NULL into column 'email', table 'shop.dbo.customer'; column does not
 *              allow nulls. INSERT fails.
 * 23000  547   The INSERT statement conflicted with the FOREIGN KEY constraint "FK_order_customer". The conflict
 *              occurred in database "shop", table "dbo.customer", column 'id'.
 * 23000  547   The DELETE statement conflicted with the REFERENCE constraint "FK_order_customer". The conflict
 *              occurred in database "shop", table "dbo.orders", column 'customer_id'.
 * 23000  547   The UPDATE statement conflicted with the CHECK constraint "CK_order_quantity". The conflict
 *              occurred in database "shop", table "dbo.orders", column 'quantity'.
 * </pre>
 * 547 also comes as {@code FOREIGN KEY SAME TABLE}, {@code SAME TABLE REFERENCE}, {@code COLUMN FOREIGN KEY},
 * {@code COLUMN REFERENCE} and {@code COLUMN CHECK} constraint, for {@code INSERT}, {@code UPDATE},
 * {@code DELETE} and {@code MERGE}: the keywords before the constraint name tell the kind and side, never the verb
 * (they stay English when the session language is another; the names are read from the English wording only). A
 * {@code FOREIGN KEY} conflict names the referenced table and column, so only the constraint is kept (the
 * resolver adds the referencing table and columns); a {@code REFERENCE} conflict names the referencing table and
 * column, which are kept. The column part is missing for multi-column keys and table-level checks.
 *
 * <p>SQL Server prints names without escaping, so every name is read forward from the start of the message up
 * to the fixed text that follows it, never from the end, where the duplicate key value (which may contain
 * anything) is. Object names are {@code schema.table} (515: {@code database.schema.table}): the schema (and the
 * database) end at the first dot (the second). Anything else (1205 deadlock, 8152 and 2628 truncation, 8115
 * overflow, connection errors) is empty.
 */
final class SqlServerDialect implements Dialect {

	static final SqlServerDialect INSTANCE = new SqlServerDialect();

	private SqlServerDialect() {
	}

	/** A cause of SQL Server's, to fill with what the exception tells. */
	private static CauseBuilder builder(Kind kind) {
		return Cause.builder(kind).database(Database.SQL_SERVER);
	}

	@Override
	public Optional<Cause> read(SQLException exception) {
		String message = exception.getMessage();
		String text = (message != null) ? message : "";
		return switch (exception.getErrorCode()) {
			case 2627 -> Optional.of(uniqueConstraint(text).build());
			case 2601 -> Optional.of(uniqueIndex(text).build());
			case 515 -> Optional.of(notNull(text).build());
			case 547 -> conflict(text);
			default -> Optional.empty();
		};
	}

	private static CauseBuilder uniqueConstraint(String text) {
		CauseBuilder cause = builder(Kind.UNIQUE);
		int name = after(text, " constraint '", 0);
		int nameEnd = indexOf(text, "'. Cannot insert duplicate key in object '", name);
		if (nameEnd < 0) {
			return cause;
		}
		cause.constraint(text.substring(name, nameEnd));
		int object = nameEnd + "'. Cannot insert duplicate key in object '".length();
		int objectEnd = indexOf(text, "'. The duplicate key value is ", object);
		return (objectEnd < 0) ? cause : inTable(cause, text.substring(object, objectEnd), 1);
	}

	private static CauseBuilder uniqueIndex(String text) {
		CauseBuilder cause = builder(Kind.UNIQUE);
		int object = after(text, " in object '", 0);
		int objectEnd = indexOf(text, "' with unique index '", object);
		if (objectEnd < 0) {
			return cause;
		}
		inTable(cause, text.substring(object, objectEnd), 1);
		int index = objectEnd + "' with unique index '".length();
		int indexEnd = indexOf(text, "'. The duplicate key value is ", index);
		return (indexEnd < 0) ? cause : cause.constraint(text.substring(index, indexEnd));
	}

	private static CauseBuilder notNull(String text) {
		CauseBuilder cause = builder(Kind.NOT_NULL);
		int column = after(text, " into column '", 0);
		int columnEnd = indexOf(text, "', table '", column);
		if (columnEnd < 0) {
			return cause;
		}
		cause.columns(List.of(text.substring(column, columnEnd)));
		int table = columnEnd + "', table '".length();
		int tableEnd = indexOf(text, "'; column does not allow nulls.", table);
		return (tableEnd < 0) ? cause : inTable(cause, text.substring(table, tableEnd), 2);
	}

	private static Optional<Cause> conflict(String text) {
		// The constraint type is in the fixed text before the first double quote, in SQL keywords that other
		// languages (SET LANGUAGE) keep; the names are read from the English wording only.
		int quote = text.indexOf('"');
		String type = (quote < 0) ? text : text.substring(0, quote);
		Kind kind = Kind.FOREIGN_KEY;
		Reference reference = null;
		if (type.contains("REFERENCE")) {
			reference = Reference.STILL_REFERENCED;
		}
		else if (type.contains("FOREIGN KEY")) {
			reference = Reference.MISSING;
		}
		else if (type.contains("CHECK")) {
			kind = Kind.CHECK;
		}
		else {
			return Optional.empty();
		}
		CauseBuilder cause = builder(kind).reference(reference);
		int name = (quote >= 0 && type.endsWith(" constraint ")) ? quote + 1 : -1;
		int nameEnd = indexOf(text, "\". The conflict occurred in database \"", name);
		if (nameEnd < 0) {
			return Optional.of(cause.build());
		}
		cause.constraint(text.substring(name, nameEnd));
		if (reference == Reference.MISSING) {
			// The table and column named are the referenced ones; the cause names the referencing side.
			return Optional.of(cause.build());
		}
		int table = after(text, "\", table \"", nameEnd);
		int tableEnd = indexOf(text, "\"", table);
		if (tableEnd < 0) {
			return Optional.of(cause.build());
		}
		inTable(cause, text.substring(table, tableEnd), 1);
		String columnMarker = "\", column '";
		if (text.startsWith(columnMarker, tableEnd)) {
			int column = tableEnd + columnMarker.length();
			int columnEnd = text.indexOf("'.", column);
			if (columnEnd >= 0) {
				cause.columns(List.of(text.substring(column, columnEnd)));
			}
		}
		return Optional.of(cause.build());
	}

	/**
	 * Adds the schema and table of a qualified object name.
	 * @param qualifiers how many dot-separated qualifiers precede the table: 1 for {@code schema.table}, 2 for
	 * {@code database.schema.table}
	 */
	private static CauseBuilder inTable(CauseBuilder cause, String object, int qualifiers) {
		int start = 0;
		String schema = null;
		for (int i = 0; i < qualifiers; i++) {
			int dot = object.indexOf('.', start);
			if (dot < 0) {
				break;
			}
			schema = object.substring(start, dot);
			start = dot + 1;
		}
		return cause.schema(schema).table(object.substring(start));
	}

	/** The index just after {@code marker} at or after {@code from}, or -1. */
	private static int after(String text, String marker, int from) {
		if (from < 0) {
			return -1;
		}
		int at = text.indexOf(marker, from);
		return (at < 0) ? -1 : at + marker.length();
	}

	private static int indexOf(String text, String marker, int from) {
		return (from < 0) ? -1 : text.indexOf(marker, from);
	}

}
