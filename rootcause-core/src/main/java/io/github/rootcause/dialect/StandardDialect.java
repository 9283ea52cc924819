package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;

/**
 * Reads the kind from the SQLStates that several databases share, when the database itself cannot be told:
 * {@code 23505} unique, {@code 23502} not null, {@code 23503} foreign key, {@code 23514} check, {@code 23P01}
 * exclusion. The generic {@code 23000} says only "integrity constraint violation" and yields nothing.
 */
final class StandardDialect implements Dialect {

	static final StandardDialect INSTANCE = new StandardDialect();

	private StandardDialect() {
	}

	@Override
	public Optional<Cause> read(SQLException exception) {
		return kind(exception.getSQLState()).map(Cause::of);
	}

	/**
	 * The kind a standard SQLState names.
	 * @param sqlState the SQLState, may be {@code null}
	 * @return the kind, or empty
	 */
	static Optional<Kind> kind(String sqlState) {
		if (sqlState == null) {
			return Optional.empty();
		}
		return switch (sqlState) {
			case "23505" -> Optional.of(Kind.UNIQUE);
			case "23502" -> Optional.of(Kind.NOT_NULL);
			case "23503" -> Optional.of(Kind.FOREIGN_KEY);
			case "23514" -> Optional.of(Kind.CHECK);
			case "23P01" -> Optional.of(Kind.EXCLUSION);
			default -> Optional.empty();
		};
	}

}
