package io.github.rootcause.dialect;

/**
 * Unwraps the MySQL error inside a Vitess (and PlanetScale) error, for {@link MySqlDialect}. VTGate answers the
 * client with the MySQL error number and SQLState of the error a tablet's MySQL raised, but with a message that
 * wraps MySQL's: the target tablet, {@code vttablet: }, on older versions the gRPC status, then MySQL's message,
 * {@code (errno N) (sqlstate S)}, the caller and <em>the failed SQL and its bind variables</em>, which hold the
 * row's values (Vitess {@code go/vt/vttablet/tabletserver/tabletserver.go} {@code convertErrorCode}, formatted
 * {@code "%s (errno %d) (sqlstate %s)%s: %s"}; {@code go/mysql/sqlerror} reads the number and state back from the
 * text). As VTGate sends them:
 * <pre>
 * 1062 23000: target: ks.-80.primary: vttablet: rpc error: code = AlreadyExists desc = Duplicate entry 'x' for key
 *             'users.email_uq' (errno 1062) (sqlstate 23000) (CallerID: app): Sql: "insert into users(id, email)
 *             values (:vtg1 /* INT64 *&#47;, :vtg2 /* VARCHAR *&#47;)", BindVars: {vtg1: "type:INT64 value:\"1\""
 *             vtg2: "type:VARCHAR value:\"x\""}
 * 1062 23000: target: commerce.0.primary: vttablet: Duplicate entry '1' for key 'customer.PRIMARY' (errno 1062)
 *             (sqlstate 23000) (CallerID: userData1): Sql: "insert into customer ...", BindVars: {...}
 * 1062 23000: transaction rolled back to reverse changes of partial DML execution: lookup.Create: Code:
 *             ALREADY_EXISTS
 *             vttablet: Duplicate entry 'bar' for key 'things_name_lookup.PRIMARY' (errno 1062) (sqlstate 23000)
 *             (CallerID: mysql_user):
 * 1452 23000: target: ks.0.primary: vttablet: Cannot add or update a child row: a foreign key constraint fails
 *             (`ks`.`child`, CONSTRAINT `fk_parent` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`))
 *             (errno 1452) (sqlstate 23000) (CallerID: app): Sql: "...", BindVars: {...}
 * 1062 23000: (errno 1062) (sqlstate 23000) (CallerID: app): Sql: "insert into ...", BindVars: {REDACTED}
 *             (a tablet with -queryserver-config-terse-errors: no MySQL message at all)
 * </pre>
 * MySQL's message is the text after the first {@code vttablet: } that no quote comes before (and after {@code rpc error: code = … desc = }
 * when present) up to the first {@code  (errno N) (sqlstate S)} that the caller or the SQL follows. Nothing after
 * it is ever read: a name in the SQL or a value in the bind variables cannot become the answer. A wrapped error
 * with no MySQL message before the marker gives the kind only.
 */
final class Vitess {

	private static final String TABLET = "vttablet: ";

	private static final String RPC_ERROR = "rpc error: code = ";

	private static final String DESC = " desc = ";

	private static final String ERRNO = " (errno ";

	private static final String TERSE = "(errno ";

	private static final String SQLSTATE = ") (sqlstate ";

	private static final String[] AFTER_MARKER = { " (CallerID: ", ": Sql: ", "\n", " during query: " };

	/** How many markers a duplicated value may hold before the message is given up on. */
	private static final int MARKERS_TRIED = 8;

	private Vitess() {
	}

	/**
	 * MySQL's message inside a Vitess error.
	 * @param message the message the driver gives, never {@code null}
	 * @return MySQL's message (empty when the error holds none); {@code null} when the message is no Vitess error
	 */
	static String inner(String message) {
		int tablet = tablet(message);
		int start = (tablet >= 0) ? tablet + TABLET.length() : (message.startsWith(TERSE) ? 0 : -1);
		if (start < 0) {
			return null;
		}
		if (message.startsWith(RPC_ERROR, start)) {
			int desc = message.indexOf(DESC, start + RPC_ERROR.length());
			start = (desc >= 0) ? desc + DESC.length() : start;
		}
		int marker = marker(message, start);
		if (marker < 0) {
			// No MySQL error inside: whatever follows may be SQL.
			return (tablet >= 0 && message.indexOf(ERRNO, start) < 0) ? null : "";
		}
		return message.substring(start, marker);
	}

	/**
	 * The MySQL error number a Vitess error holds, for a driver's exception that lost it.
	 * @param message the message
	 * @return the number, or 0
	 */
	static int errno(String message) {
		int tablet = tablet(message);
		int marker = marker(message, (tablet >= 0) ? tablet : 0);
		if (marker < 0) {
			return 0;
		}
		int i = message.indexOf('(', marker) + TERSE.length();
		int number = 0;
		for (int digits = 0; i < message.length() && Character.isDigit(message.charAt(i)) && digits < 6; digits++) {
			number = number * 10 + (message.charAt(i++) - '0');
		}
		return number;
	}

	/**
	 * Where the first {@code vttablet: } starts, when no quote comes before it: Vitess's words before MySQL's hold
	 * none, while in a plain MySQL message any such text is inside a quoted value (which it must not be read from).
	 */
	private static int tablet(String message) {
		int tablet = message.indexOf(TABLET);
		for (int i = 0; i < tablet; i++) {
			char c = message.charAt(i);
			if (c == '\'' || c == '`' || c == '"') {
				return -1;
			}
		}
		return tablet;
	}

	/** Where the first {@code (errno N) (sqlstate S)} at or after {@code from} that the caller or SQL follows is. */
	private static int marker(String message, int from) {
		if (message.startsWith(TERSE, from) && isMarker(message, from + TERSE.length())) {
			return from;
		}
		int at = message.indexOf(ERRNO, from);
		for (int tried = 0; at >= 0 && tried < MARKERS_TRIED; tried++) {
			if (isMarker(message, at + ERRNO.length())) {
				return at;
			}
			at = message.indexOf(ERRNO, at + 1);
		}
		return -1;
	}

	/** Whether {@code N) (sqlstate SSSSS)} starts at {@code i} and the caller, the SQL or the end follows it. */
	private static boolean isMarker(String message, int i) {
		int end = endOfMarker(message, i);
		return end > 0 && followed(message, end);
	}

	/** The index after {@code N) (sqlstate SSSSS)} starting at {@code i}, or -1. */
	private static int endOfMarker(String message, int i) {
		int digits = i;
		while (digits < message.length() && Character.isDigit(message.charAt(digits))) {
			digits++;
		}
		if (digits == i || !message.startsWith(SQLSTATE, digits)) {
			return -1;
		}
		int close = digits + SQLSTATE.length() + 5;
		return (close < message.length() && message.charAt(close) == ')') ? close + 1 : -1;
	}

	private static boolean followed(String message, int end) {
		if (end == message.length()) {
			return true;
		}
		for (String after : AFTER_MARKER) {
			if (message.startsWith(after, end)) {
				return true;
			}
		}
		return false;
	}

}
