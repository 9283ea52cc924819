package io.github.rootcause.dialect;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;

/**
 * What the PostgreSQL tests expect and how they resolve, shared by the test classes.
 */
final class PostgresqlExpectations {

	private PostgresqlExpectations() {
	}

	/**
	 * A cause as PostgreSQL reports it for a table in the fixture's own schema.
	 * @param db the fixture
	 * @param kind the kind
	 * @param constraint the constraint name, or {@code null}
	 * @param table the table
	 * @param columns the columns
	 * @return the expected cause
	 */
	static Cause cause(DatabaseFixture db, Kind kind, String constraint, String table, String... columns) {
		return Cause.of(kind)
			.withConstraint(constraint)
			.withSchema(db.schema())
			.withTable(table)
			.withColumns(List.of(columns))
			.withDatabase(Database.POSTGRESQL);
	}

	/**
	 * Resolves with a resolver of its own, so the catalog is read as the test left it.
	 * @param db the fixture
	 * @param ex the exception
	 * @return what the resolver gives
	 */
	static Optional<Cause> resolve(DatabaseFixture db, Throwable ex) {
		return RootCause.resolver(db.dataSource()).withCatalogWait(Duration.ofMinutes(1)).resolve(ex);
	}

}
