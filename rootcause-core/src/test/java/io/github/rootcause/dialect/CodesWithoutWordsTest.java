package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * What the SQLState and vendor code alone decide, whatever the words: a violation without a message is read from
 * its code, and a recorded violation's message under a code that names no violation is nothing. The fuzz tests
 * (*DialectFuzzTest) check the same on the inputs they grow; these are the fixed cases, one test each.
 */
class CodesWithoutWordsTest {

	private static final List<String> MARIADB_RECORDED = List.of("(conn=7) Duplicate entry 'a@x' for key 'uq_email'",
			"Duplicate entry 'a@x' for key 'users.email'", "Column 'n' cannot be null",
			"Field 'nodef' doesn't have a default value",
			"Cannot add or update a child row: a foreign key constraint fails (`db`.`Chi``ld`, CONSTRAINT `f``k` "
					+ "FOREIGN KEY (`pa``rent id`) REFERENCES `parent` (`id`))",
			"CONSTRAINT `users.age` failed for `db`.`users`", "Check constraint 'chk_age' is violated.");

	private static final List<String> DERBY_RECORDED = List.of("The statement was aborted because it would have "
			+ "caused a duplicate key value in a unique or primary key constraint or unique index identified by "
			+ "'UQ_EMAIL' defined on 'CUSTOMER'.", "Column 'EMAIL'  cannot accept a NULL value.",
			"The check constraint 'CK_AGE' was violated while performing an INSERT or UPDATE on table "
					+ "'\"APP\".\"CUSTOMER\"'.",
			"DELETE on table 'CUSTOMER' caused a violation of foreign key constraint 'FK_CHILD_CUSTOMER' for key (1). "
					+ " The statement has been rolled back.");

	@ParameterizedTest(name = "{0}")
	@EnumSource(Database.class)
	void anExceptionWithNeitherSqlStateNorCodeNorMessageIsNoViolationOnAnyDatabase(Database database) {
		assertThat(Dialect.of(database).read(new SQLException())).isEmpty();
	}

	@Test
	void anExceptionThatTellsNoDatabaseIsReadByTheStandardDialectWhoseCausesNameNone() {
		SQLException plain = new SQLIntegrityConstraintViolationException("duplicate", "23505", 0);
		assertThat(Dialect.of(plain)).isSameAs(Dialect.standard());
		assertThat(Dialect.of(plain).read(plain)).contains(Cause.of(Kind.UNIQUE));
	}

	@Test
	void theDialectAnExceptionTellsNamesItsDatabaseInTheCause() {
		SQLException oracle = new SQLIntegrityConstraintViolationException(
				"ORA-00001: unique constraint (APP.UQ_EMAIL) violated", "23000", 1);
		assertThat(Dialect.of(oracle)).isSameAs(Dialect.of(Database.ORACLE));
		assertThat(Dialect.of(oracle).read(oracle).flatMap(Cause::database)).contains(Database.ORACLE);
		SQLException duplicate = new SQLIntegrityConstraintViolationException("Duplicate entry 'a' for key 'k'",
				"23000", 1062);
		assertThat(Dialect.of(Database.MYSQL).read(duplicate).flatMap(Cause::database)).contains(Database.MYSQL);
		assertThat(Dialect.of(Database.MARIADB).read(duplicate).flatMap(Cause::database)).contains(Database.MARIADB);
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("violationsWithoutMessage")
	void violationWithoutMessageIsReadFromItsCodeAlone(Database database, String sqlState, int code, Cause cause) {
		assertThat(Dialect.of(database).read(new SQLIntegrityConstraintViolationException(null, sqlState, code)))
			.contains(cause.withDatabase(database));
	}

	@ParameterizedTest(name = "MariaDB code {0}: {1}")
	@MethodSource("mariaDbMessagesUnderOtherCodes")
	void recordedMariaDbMessageUnderACodeThatNamesNoViolationIsNothing(int code, String message) {
		assertThat(MySqlDialect.MARIADB.read(new SQLIntegrityConstraintViolationException(message, "23000", code)))
			.isEmpty();
	}

	@ParameterizedTest(name = "Derby SQLState {0}: {1}")
	@MethodSource("derbyMessagesUnderOtherStates")
	void recordedDerbyMessageUnderAnSqlStateThatNamesNoViolationIsNothing(String sqlState, String message) {
		assertThat(DerbyDialect.INSTANCE.read(new SQLException(message, sqlState, 30000))).isEmpty();
	}

	@ParameterizedTest(name = "SQLite {0}")
	@MethodSource("sqliteMessages")
	void sqliteReadsTheKindFromTheExtendedResultCodeOrFromSqlitesWordsUnderThePlainCode(SQLiteErrorCode code,
			String message, Cause cause) {
		assertThat(SqliteDialect.INSTANCE.read(new SQLiteException(message, code)))
			.isEqualTo(Optional.ofNullable(cause).map((expected) -> expected.withDatabase(Database.SQLITE)));
	}

	static Stream<Arguments> violationsWithoutMessage() {
		return Stream.of(arguments(Database.POSTGRESQL, "23505", 0, Cause.of(Kind.UNIQUE)),
				arguments(Database.POSTGRESQL, "23001", 0, Cause.of(Kind.FOREIGN_KEY)
					.withReference(Reference.STILL_REFERENCED)),
				arguments(Database.MARIADB, "23000", 1062, Cause.of(Kind.UNIQUE)),
				arguments(Database.MARIADB, "23000", 1452, Cause.of(Kind.FOREIGN_KEY).withReference(Reference.MISSING)),
				arguments(Database.ORACLE, "23000", 1400, Cause.of(Kind.NOT_NULL)),
				arguments(Database.SQL_SERVER, "23000", 2627, Cause.of(Kind.UNIQUE)),
				arguments(Database.DB2, "23513", -545, Cause.of(Kind.CHECK)),
				arguments(Database.H2, "23503", 23503, Cause.of(Kind.FOREIGN_KEY)
					.withReference(Reference.STILL_REFERENCED)),
				arguments(Database.HSQLDB, "23502", -10, Cause.of(Kind.NOT_NULL)),
				arguments(Database.DERBY, "23503", 30000, Cause.of(Kind.FOREIGN_KEY)),
				arguments(Database.SQLITE, null, 275, Cause.of(Kind.CHECK)));
	}

	static Stream<Arguments> mariaDbMessagesUnderOtherCodes() {
		return Stream.of(0, 1213, 1205, 1406, 1264, 1064, 1146, 2013, 3820)
			.flatMap((code) -> MARIADB_RECORDED.stream().map((message) -> arguments(code, message)));
	}

	static Stream<Arguments> derbyMessagesUnderOtherStates() {
		return Stream.of("42X01", "22001", "22003", "40XL1", "40001", "08006", "23000", "XJ001")
			.flatMap((state) -> DERBY_RECORDED.stream().map((message) -> arguments(state, message)));
	}

	static Stream<Arguments> sqliteMessages() {
		return Stream.of(
				arguments(SQLiteErrorCode.SQLITE_CONSTRAINT,
						"[SQLITE_CONSTRAINT] Abort due to constraint violation (UNIQUE constraint failed: t.a)",
						Cause.of(Kind.UNIQUE).withTable("t").withColumns(List.of("a"))),
				arguments(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK, null, Cause.of(Kind.CHECK)),
				arguments(SQLiteErrorCode.SQLITE_CONSTRAINT_TRIGGER,
						"[SQLITE_CONSTRAINT_TRIGGER] A RAISE function within a trigger fired (UNIQUE constraint failed: t.a)",
						null),
				arguments(SQLiteErrorCode.SQLITE_BUSY, "[SQLITE_BUSY] The database file is locked (database is locked)",
						null));
	}

}
