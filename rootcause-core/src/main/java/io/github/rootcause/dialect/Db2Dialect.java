package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.Optional;

import io.github.rootcause.Cause;

/**
 * Placeholder until this database's messages are read: the standard SQLStates only.
 */
final class Db2Dialect implements Dialect {

	static final Db2Dialect INSTANCE = new Db2Dialect();

	private Db2Dialect() {
	}

	@Override
	public Optional<Cause> read(SQLException exception) {
		return StandardDialect.INSTANCE.read(exception);
	}

}
