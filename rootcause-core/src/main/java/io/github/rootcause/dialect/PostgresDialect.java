package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.Optional;

import io.github.rootcause.Cause;

/**
 * Placeholder until this database's messages are read: the standard SQLStates only.
 */
final class PostgresDialect implements Dialect {

	static final PostgresDialect INSTANCE = new PostgresDialect();

	private PostgresDialect() {
	}

	@Override
	public Optional<Cause> read(SQLException exception) {
		return StandardDialect.INSTANCE.read(exception);
	}

}
