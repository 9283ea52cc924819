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
 * Reads MariaDB and MySQL violations, through MariaDB Connector/J or MySQL Connector/J, from the vendor code and
 * the names quoted in the message, in whatever language the server answers ({@code lc_messages}). Both drivers
 * throw plain {@code java.sql} exceptions; MariaDB Connector/J prefixes every message with {@code (conn=<id>) },
 * which is skipped, and with {@code dumpQueriesOnException} both drivers append the statement after the message,
 * which is cut off first.
 *
 * <p>Each vendor code has one message template per language ({@code sql/share/errmsg-utf8.txt} in MariaDB,
 * {@code share/messages_to_clients.txt} in MySQL). The translations reword the text around the arguments and may
 * move it, but keep the arguments, their quotes and their order, and add no quote of their own (the English
 * exceptions are noted below). So the arguments are read by their quotes, not by the words around them. Templates
 * read (vendor code, SQLState), English first, then translations as MariaDB 10.11 sends them:
 * <ul>
 * <li>1062 (23000), sent with the template of 1586 (23000): {@code Duplicate entry '%-.64T' for key '%-.192s'};
 * {@code Doppelter Eintrag '…' für Schlüssel '…'}, {@code '…' は索引 '…' で重複しています。},
 * {@code Zvojený klíč '…' (číslo klíče '…')} → {@link Kind#UNIQUE} and the key, the last quoted argument. Neither
 * the value nor the key is escaped ({@code Duplicate entry 'it's " for key 'x'' for key 'uq_email'}), so the key
 * ends at the message's last quote and starts at the quote before it; only in English, whose {@code  for key '}
 * marks where the key starts, is a key that holds a quote read whole. MariaDB and MySQL before 8.0.19 send the
 * index name ({@code PRIMARY} for a primary key), MySQL 8.0.19 and later {@code users.uq_email}: the name is split
 * at its first dot into table and key. A name with dots of its own ({@code uq.member.nick} on MariaDB) is thus
 * read as table {@code uq} and key {@code member.nick}; the resolver, which knows the index, reads it whole. A
 * value may hold a line that looks like a dumped query, so the message is read up to each dump marker in turn,
 * then whole, until it ends in a key.</li>
 * <li>1022 (23000): {@code Can't write; duplicate key in table '%-.192s'} → {@link Kind#UNIQUE} and the table, the
 * last quoted argument (English and Romanian have an apostrophe before it).</li>
 * <li>1048 (23000): {@code Column '%-.192s' cannot be null}; {@code Feld '…' darf nicht NULL sein},
 * {@code Le champ '…' ne peut être vide (null)}, {@code 列 '…' は null にできません。} → {@link Kind#NOT_NULL} and the
 * column, from the first quote to the last (unescaped: {@code Column 'Odd'Col' cannot be null}).</li>
 * <li>1364 (HY000): {@code Field '%-.192s' doesn't have a default value} (strict mode, column omitted);
 * {@code Feld '…' hat keinen Vorgabewert}, {@code 字段'…'没有默认值} → the same; in English the column ends before
 * {@code ' doesn't}.</li>
 * <li>1263 (22004): {@code Column set to default value; NULL supplied to NOT NULL column '%s' at row %lu} → the
 * same. The Georgian translation drops the opening quote: the kind only.</li>
 * <li>1452 (23000): {@code Cannot add or update a child row: a foreign key constraint fails (%s)};
 * {@code Kann Kind-Zeile nicht hinzufügen oder aktualisieren: eine Fremdschlüsselbedingung schlägt fehl (%s)},
 * {@code 无法添加或更新子行：外键约束失败（%s）}; MySQL: {@code …fails%.192s}. InnoDB writes the argument in English in
 * every language, starting at the message's first backtick: {@code `db`.`child`, CONSTRAINT `fk` FOREIGN KEY
 * (`parent_id`) REFERENCES `parent` (`id`)} → {@link Kind#FOREIGN_KEY}, {@link Reference#MISSING}, the child's
 * schema and table, the constraint and its columns. Names are in backticks, a backtick inside doubled
 * ({@code `Chi``ld Tä`}); the referenced table is qualified when it is in another database, and
 * {@code ON DELETE}/{@code ON UPDATE} actions may follow its columns.</li>
 * <li>1451 (23000): {@code Cannot delete or update a parent row: a foreign key constraint fails (%s)}, translated
 * and detailed the same way → {@link Reference#STILL_REFERENCED}, the table is still the child.</li>
 * <li>1216 (23000) {@code Cannot add or update a child row: a foreign key constraint fails} and 1217 (23000)
 * {@code Cannot delete or update a parent row: a foreign key constraint fails}, without details (engines other
 * than InnoDB) → {@link Kind#FOREIGN_KEY} and the side only.</li>
 * <li>4025 (23000, MariaDB): {@code CONSTRAINT %`s failed for %`-.192s.%`-.192s};
 * {@code CONSTRAINT `…` fehlgeschlagen: `…`.`…`}, {@code проверка CONSTRAINT `…` для `…`.`…` провалилась},
 * {@code CONSTRAINT `…`失败的`…`。`…`} → {@link Kind#CHECK} and the three backticked names in order: constraint,
 * schema, table. A column-level check is named after its column and reported with the table before it,
 * {@code CONSTRAINT `users.age` failed for `db`.`users`}: that gives the constraint {@code age} and the column
 * {@code age}.</li>
 * <li>3819 (HY000, MySQL 8.0.16 and later, English only): {@code Check constraint '%-.192s' is violated.} →
 * {@link Kind#CHECK} and the constraint, from the first quote to the last.</li>
 * </ul>
 * <p><b>TiDB</b> answers with the same codes and MySQL 8's templates, its key qualified by its table
 * ({@code Duplicate entry '1' for key 't.idx'}, {@code 't.PRIMARY'}); an optimistic transaction raises its
 * unique violations at {@code COMMIT}, with no statement, and the table is then read from the key alone.
 * <b>Vitess and PlanetScale</b> wrap MySQL's message in their own, followed by the SQL and its bind variables:
 * {@link Vitess} gives this dialect MySQL's message alone.
 *
 * <p>Any other vendor code (1213 deadlock, 1205 lock wait timeout, 1406 data too long, 1264 out of range, 1064
 * syntax, 1146 unknown table, connection errors) is not a violation; the standard SQLStates are still read, for
 * exceptions that lost their vendor code.
 */
final class MySqlDialect implements Dialect {

	/** The dialect for MariaDB, whichever driver threw. */
	static final MySqlDialect MARIADB = new MySqlDialect(Database.MARIADB);

	/** The dialect for MySQL, whichever driver threw. */
	static final MySqlDialect MYSQL = new MySqlDialect(Database.MYSQL);

	/** How the English template starts; only there do the words tell where a key that holds quotes starts. */
	private static final String ENGLISH_DUPLICATE = "Duplicate entry '";

	private static final String FOR_KEY = " for key '";

	/** ER_UNKNOWN_ERROR, which VTGate answers with when it cannot tell MySQL's number. */
	private static final int UNKNOWN_ERROR = 1105;

	/** What follows the column in the English 1364 template, whose apostrophe is not the column's. */
	private static final String ENGLISH_NO_DEFAULT = "' doesn't have a default value";

	private static final String[] QUERY_DUMPS = { "\nQuery is: ",
			"\n\nQuery being executed when exception was thrown:" };

	/** How many dump markers a duplicated value may hold before the key is given up on. */
	private static final int DUMP_CUTS_TRIED = 4;

	private final Database database;

	private MySqlDialect(Database database) {
		this.database = database;
	}

	@Override
	public Optional<Cause> read(SQLException exception) {
		String raw = (exception.getMessage() != null) ? exception.getMessage() : "";
		// Vitess wraps MySQL's message in its own, followed by the SQL and its bind variables: only MySQL's is read.
		String inner = Vitess.inner(raw);
		String text = (inner != null) ? inner : raw;
		int code = exception.getErrorCode();
		if (inner != null && (code == 0 || code == UNKNOWN_ERROR)) {
			code = Vitess.errno(raw);
		}
		// MariaDB Connector/J's "(conn=<thread id>) " holds no quote, backtick or line break, so the readers below,
		// which look for those, pass over it; only where the English template starts needs to know it.
		int start = Dialects.afterMariaDbConnection(text);
		String message = withoutDump(text);
		return Optional.ofNullable(switch (code) {
			case 1062, 1586 -> duplicate(text, start);
			case 1022 -> builder(Kind.UNIQUE).table(lastQuoted(message)).build();
			case 1048, 1263 -> notNull(onlyQuoted(message, null));
			case 1364 -> notNull(onlyQuoted(message, ENGLISH_NO_DEFAULT));
			case 1452, 1216 -> foreignKey(message, Reference.MISSING);
			case 1451, 1217 -> foreignKey(message, Reference.STILL_REFERENCED);
			case 4025 -> mariaDbCheck(message);
			case 3819 -> builder(Kind.CHECK).constraint(onlyQuoted(message, null)).build();
			default -> StandardDialect.kind(exception.getSQLState()).map((kind) -> builder(kind).build()).orElse(null);
		});
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
	 * message is read up to each of its first few markers in turn, then whole, until what is read ends in a key;
	 * an English message, whose key must end it, is read whole first.
	 */
	private Cause duplicate(String message, int start) {
		CauseBuilder cause = builder(Kind.UNIQUE);
		String key = message.startsWith(ENGLISH_DUPLICATE, start) ? key(message, start) : null;
		int dump = dump(message, 0);
		for (int tried = 0; key == null && dump >= 0 && tried < DUMP_CUTS_TRIED; tried++) {
			key = key(message.substring(0, dump), start);
			dump = dump(message, dump + 1);
		}
		key = (key != null) ? key : key(message, start);
		if (key == null) {
			return cause.build();
		}
		int dot = key.indexOf('.');
		if (dot > 0 && dot < key.length() - 1) {
			return cause.table(key.substring(0, dot)).constraint(key.substring(dot + 1)).build();
		}
		return cause.constraint(key).build();
	}

	/**
	 * The key a duplicate message ends with: the last of its two quoted arguments, after the quoted value. Neither
	 * the key nor the text after it holds a line break; in English nothing but spaces follows the key.
	 * @return the key, or {@code null} when the message does not end in one
	 */
	private static String key(String message, int start) {
		int close = message.lastIndexOf('\'');
		int open = (close > 0) ? message.lastIndexOf('\'', close - 1) : -1;
		int value = message.indexOf('\'');
		int valueClose = (value >= 0) ? message.indexOf('\'', value + 1) : -1;
		if (valueClose < 0 || open <= valueClose || message.indexOf('\n', close) >= 0) {
			return null;
		}
		if (message.startsWith(ENGLISH_DUPLICATE, start)) {
			if (!message.substring(close + 1).isBlank()) {
				return null;
			}
			int forKey = message.lastIndexOf(FOR_KEY, open - FOR_KEY.length() + 1);
			open = (forKey > value) ? forKey + FOR_KEY.length() - 1 : open;
		}
		String key = message.substring(open + 1, close);
		return (key.isEmpty() || key.indexOf('\n') >= 0) ? null : key;
	}

	/**
	 * A message's one quoted argument: from its first quote to its last, or, when given and present, to the
	 * English template's text that starts with a quote of its own.
	 */
	private static String onlyQuoted(String message, String englishAfter) {
		int open = message.indexOf('\'');
		int close = (englishAfter != null) ? message.lastIndexOf(englishAfter) : -1;
		close = (close > open) ? close : message.lastIndexOf('\'');
		return (open >= 0 && close > open + 1) ? message.substring(open + 1, close) : null;
	}

	/** The text between a message's last two quotes, its last quoted argument. */
	private static String lastQuoted(String message) {
		int close = message.lastIndexOf('\'');
		int open = (close > 0) ? message.lastIndexOf('\'', close - 1) : -1;
		return (open >= 0 && close > open + 1) ? message.substring(open + 1, close) : null;
	}

	private Cause notNull(String column) {
		return builder(Kind.NOT_NULL).columns((column != null) ? List.of(column) : List.of()).build();
	}

	private Cause foreignKey(String message, Reference reference) {
		CauseBuilder cause = builder(Kind.FOREIGN_KEY).reference(reference);
		NameScanner scanner = atFirstBacktick(message);
		List<String> table = (scanner != null) ? scanner.qualifiedName() : List.of();
		if (table.size() != 2 || !scanner.skip(", CONSTRAINT ")) {
			return cause.build();
		}
		cause.schema(table.get(0)).table(table.get(1));
		String constraint = scanner.identifier();
		if (constraint == null) {
			return cause.build();
		}
		cause.constraint(constraint);
		List<String> columns = scanner.skip(" FOREIGN KEY ") ? scanner.columnList() : null;
		return ((columns != null) ? cause.columns(columns) : cause).build();
	}

	/** The constraint, schema and table of 4025: the message's three backticked names, whatever text parts them. */
	private Cause mariaDbCheck(String message) {
		CauseBuilder cause = builder(Kind.CHECK);
		NameScanner scanner = atFirstBacktick(message);
		String constraint = (scanner != null) ? scanner.identifier() : null;
		if (constraint == null) {
			return cause.build();
		}
		String schema = scanner.skipToQuote() ? scanner.identifier() : null;
		String table = (schema != null && scanner.skipToQuote()) ? scanner.identifier() : null;
		if (table == null) {
			return cause.constraint(constraint).build();
		}
		cause.schema(schema).table(table);
		// A column-level check is named <table>.<column>: the table is compared in place, not copied with its dot.
		int dot = table.length();
		if (constraint.length() > dot + 1 && constraint.startsWith(table) && constraint.charAt(dot) == '.') {
			String column = constraint.substring(dot + 1);
			return cause.constraint(column).columns(List.of(column)).build();
		}
		return cause.constraint(constraint).build();
	}

	/** A scanner over the backtick-quoted names from the message's first backtick, or {@code null}. */
	private static NameScanner atFirstBacktick(String message) {
		int found = message.indexOf('`');
		return (found < 0) ? null : new NameScanner(message, found, '`');
	}

	/** A cause of this dialect's database, to fill with what the exception tells. */
	private CauseBuilder builder(Kind kind) {
		return Cause.builder(kind).database(this.database);
	}

}
