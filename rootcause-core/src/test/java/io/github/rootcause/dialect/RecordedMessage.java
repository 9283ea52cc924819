package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;

/**
 * A recorded message with its vendor code and the kind that code names, and the mutations the property tests
 * make of it: cut anywhere, with anything inserted anywhere.
 *
 * @param code the vendor code
 * @param sqlState the SQLState
 * @param message the recorded message
 * @param kind the kind the vendor code names, or {@code null} when it is not a violation
 */
record RecordedMessage(int code, String sqlState, String message, Kind kind) {

	/**
	 * Reads a mutation of the message with the dialect.
	 * @param dialect the dialect
	 * @param cut where to cut the message (clamped)
	 * @param inserted what to insert
	 * @param at where to insert it (clamped)
	 * @return what the dialect read
	 */
	Optional<Cause> readMutated(Dialect dialect, int cut, String inserted, int at) {
		String kept = this.message.substring(0, Math.min(cut, this.message.length()));
		int position = Math.min(at, kept.length());
		String mutated = kept.substring(0, position) + inserted + kept.substring(position);
		return dialect.read(new SQLException(mutated, this.sqlState, this.code));
	}

	@Override
	public String toString() {
		return this.code + ": " + this.message;
	}

}
