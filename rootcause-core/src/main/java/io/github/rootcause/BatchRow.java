package io.github.rootcause;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which row of a JDBC batch failed: its 0-based index among the rows added to the batch, when the driver tells it,
 * or {@link #isKnown() unknown} when it does not.
 *
 * <p>{@link #of(Throwable)} reads the first {@link BatchUpdateException} of a chain (causes, next and suppressed
 * exceptions), and tells the row only where that cannot be wrong:
 * <ul>
 * <li>pgjdbc names it in its message, {@code Batch entry 6 insert into ... was aborted: ERROR: ...}; its update
 * counts are all {@code EXECUTE_FAILED} (it rolls the whole batch back). An entry that holds several rows (pgjdbc's
 * {@code reWriteBatchedInserts=true}, which folds rows into one multi-row {@code INSERT}) gives no row;
 * <li>a driver that goes on after a failed row (H2, MariaDB Connector/J with {@code useBulkStmts=false}, MySQL
 * Connector/J) marks it {@link java.sql.Statement#EXECUTE_FAILED EXECUTE_FAILED} among the counts of the rows that
 * passed: the first such mark is the row;
 * <li>a driver that stops at the failed row (HSQLDB, Derby, MySQL Connector/J with
 * {@code continueBatchOnError=false}) gives the counts of the rows before it: their number is the row;
 * <li>counts that are all {@code EXECUTE_FAILED} (MariaDB Connector/J's bulk protocol, its default; MySQL
 * Connector/J with {@code rewriteBatchedStatements=true}) or that hold a
 * {@link java.sql.Statement#SUCCESS_NO_INFO SUCCESS_NO_INFO} (rows sent together, not one by one) give no row, nor
 * does a driver that throws no {@code BatchUpdateException} at all (xerial's SQLite throws its plain
 * {@code SQLiteException}: {@link #of(Throwable)} is empty there).
 * </ul>
 *
 * @param index the 0-based index of the failed row, or empty when the batch does not tell it
 */
public record BatchRow(OptionalInt index) {

	private static final BatchRow UNKNOWN = new BatchRow(OptionalInt.empty());

	private static final String PGJDBC = "Batch entry ";

	private static final String PGJDBC_END = " was aborted";

	/**
	 * Creates a batch row.
	 * @param index the 0-based index of the failed row, or empty when it is not known
	 */
	public BatchRow {
		if (index == null || (index.isPresent() && index.getAsInt() < 0)) {
			throw new IllegalArgumentException("index must be empty or at least 0, not " + index);
		}
	}

	/**
	 * The failed row of a batch, by its 0-based index.
	 * @param index the index, at least 0
	 * @return the batch row
	 */
	public static BatchRow at(int index) {
		return new BatchRow(OptionalInt.of(index));
	}

	/**
	 * A failed batch whose failed row is not known.
	 * @return the batch row with no index
	 */
	public static BatchRow unknown() {
		return UNKNOWN;
	}

	/**
	 * Which row of a batch failed, as the first {@link BatchUpdateException} of the chain tells it. Never throws.
	 * @param throwable any throwable; may be {@code null}
	 * @return empty when the chain holds no {@code BatchUpdateException}; else the row, possibly
	 * {@link #unknown()}
	 */
	public static Optional<BatchRow> of(Throwable throwable) {
		for (SQLException candidate : Chain.walk(throwable)) {
			if (candidate instanceof BatchUpdateException batch) {
				try {
					return Optional.of(read(batch));
				}
				catch (RuntimeException ex) {
					return Optional.of(UNKNOWN);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the failed row is known.
	 * @return {@code true} when {@link #index()} is present
	 */
	public boolean isKnown() {
		return this.index.isPresent();
	}

	/**
	 * This row, counted from the start of a larger batch that ran the given number of rows before this one.
	 * @param rows the rows before this batch, at least 0
	 * @return the moved row, or this one when it is unknown
	 */
	public BatchRow after(int rows) {
		return isKnown() ? at(Math.addExact(this.index.getAsInt(), rows)) : this;
	}

	/**
	 * The text a message can end with: {@code "batch row 6"}, or {@code "batch row unknown"}. No value of any row.
	 * @return the text
	 */
	@Override
	public String toString() {
		return "batch row " + (isKnown() ? String.valueOf(this.index.getAsInt()) : "unknown");
	}

	private static BatchRow read(BatchUpdateException batch) {
		OptionalInt entry = pgjdbcEntry(batch.getMessage());
		if (entry != null) {
			return new BatchRow(entry);
		}
		int[] counts = batch.getUpdateCounts();
		if (counts == null) {
			return UNKNOWN;
		}
		int failed = -1;
		int failures = 0;
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] == java.sql.Statement.SUCCESS_NO_INFO) {
				return UNKNOWN;
			}
			if (counts[i] == java.sql.Statement.EXECUTE_FAILED) {
				failures++;
				failed = (failed < 0) ? i : failed;
			}
		}
		if (failures == 0) {
			return at(counts.length);
		}
		return (failures == counts.length && counts.length > 1) ? UNKNOWN : at(failed);
	}

	/**
	 * The entry pgjdbc's message names: {@code null} when the message is not pgjdbc's, empty when the entry holds
	 * several rows.
	 */
	private static OptionalInt pgjdbcEntry(String message) {
		if (message == null || !message.startsWith(PGJDBC)) {
			return null;
		}
		int start = PGJDBC.length();
		int end = start;
		while (end < message.length() && end - start < 10 && Character.isDigit(message.charAt(end))) {
			end++;
		}
		if (end == start || end >= message.length() || message.charAt(end) != ' ') {
			return null;
		}
		int aborted = message.lastIndexOf(PGJDBC_END);
		if (aborted <= end) {
			return null;
		}
		int entry;
		try {
			entry = Integer.parseInt(message.substring(start, end));
		}
		catch (NumberFormatException ex) {
			return null;
		}
		return RowCounter.severalRows(message, end + 1, aborted) ? OptionalInt.empty() : OptionalInt.of(entry);
	}

}
