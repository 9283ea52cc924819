package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.Optional;

import io.github.rootcause.Cause;

/**
 * Placeholder until this database's messages are read: the standard SQLStates only.
 */
final class H2Dialect implements Dialect {

	static final H2Dialect INSTANCE = new H2Dialect();

	private H2Dialect() {
	}

	@Override
	public Optional<Cause> read(SQLException exception) {
		return StandardDialect.INSTANCE.read(exception);
	}

}
