package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.Optional;

import io.github.rootcause.Cause;

/**
 * Placeholder until this database's messages are read: the standard SQLStates only.
 */
final class OracleDialect implements Dialect {

	static final OracleDialect INSTANCE = new OracleDialect();

	private OracleDialect() {
	}

	@Override
	public Optional<Cause> read(SQLException exception) {
		return StandardDialect.INSTANCE.read(exception);
	}

}
