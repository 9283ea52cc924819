package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random, mutated, truncated and huge messages thrown at {@link DerbyDialect} (as the network client throws them,
 * without Derby's message arguments) and {@link SqliteDialect} (as sqlite-jdbc builds its exceptions): neither
 * throws, the SQLState or extended result code alone decides the kind, and names in any characters round-trip.
 */
class DerbyAndSqliteDialectPropertiesTest {

	private static final List<String> DERBY_RECORDED = List.of("23505:The statement was aborted because it would have "
			+ "caused a duplicate key value in a unique or primary key constraint or unique index identified by "
			+ "'UQ_EMAIL' defined on 'CUSTOMER'.", "23502:Column 'EMAIL'  cannot accept a NULL value.",
			"23513:The check constraint 'CK_AGE' was violated while performing an INSERT or UPDATE on table "
					+ "'\"APP\".\"CUSTOMER\"'.",
			"23503:DELETE on table 'CUSTOMER' caused a violation of foreign key constraint 'FK_CHILD_CUSTOMER' for "
					+ "key (1).  The statement has been rolled back.",
			"23506:The transaction was aborted because of a deferred constraint violation: Duplicate in unique or "
					+ "primary key constraint identified by 'UQ_DD' defined on 'DD'.");

	private static final List<String> SQLITE_RECORDED = List.of(
			"2067:[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: customer.email, "
					+ "customer.name)",
			"2067:[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: index "
					+ "'ix_lower_name')",
			"1555:[SQLITE_CONSTRAINT_PRIMARYKEY] A PRIMARY KEY constraint failed (UNIQUE constraint failed: t2.a, t2.b)",
			"1299:[SQLITE_CONSTRAINT_NOTNULL] A NOT NULL constraint failed (NOT NULL constraint failed: customer.name)",
			"275:[SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed (CHECK constraint failed: score < 100)",
			"787:[SQLITE_CONSTRAINT_FOREIGNKEY] A foreign key constraint failed (FOREIGN KEY constraint failed)");

	@Property
	void mutatedDerbyMessagesNeverThrowAndKeepTheKindOfTheirSqlState(@ForAll("derbyRecorded") String recorded,
			@ForAll @IntRange(max = 300) int at, @ForAll @StringLength(max = 6) String inserted,
			@ForAll @IntRange(max = 300) int cut) {
		String state = recorded.substring(0, 5);
		String message = mutate(recorded.substring(6), at, inserted, cut);
		assertThat(derby(message, state).map(Cause::kind)).contains(derbyKind(state));
	}

	@Property
	void anyDerbyMessageUnderANonConstraintSqlStateIsNothing(
			@ForAll("derbyOtherStates") String state, @ForAll("derbyRecorded") String recorded) {
		assertThat(derby(recorded.substring(6), state)).isEmpty();
	}

	@Property
	void derbyUniqueNamesRoundTripWhateverTheyHold(@ForAll @StringLength(min = 1, max = 40) String constraint,
			@ForAll("names") String table) {
		String message = "The statement was aborted because it would have caused a duplicate key value in a unique "
				+ "or primary key constraint or unique index identified by '" + constraint + "' defined on '" + table
				+ "'.";
		Optional<Cause> read = derby(message, "23505");
		assertThat(read.flatMap(Cause::table)).contains(table);
		if (!constraint.isBlank()) {
			assertThat(read.flatMap(Cause::constraint)).contains(constraint);
		}
	}

	@Property
	void mutatedSqliteMessagesNeverThrowAndKeepTheKindOfTheirResultCode(@ForAll("sqliteRecorded") String recorded,
			@ForAll @IntRange(max = 300) int at, @ForAll @StringLength(max = 6) String inserted,
			@ForAll @IntRange(max = 300) int cut) {
		int colon = recorded.indexOf(':');
		SQLiteErrorCode code = SQLiteErrorCode.getErrorCode(Integer.parseInt(recorded.substring(0, colon)));
		String message = recorded.substring(colon + 1);
		String prefix = message.substring(0, message.indexOf(']') + 1);
		String mutated = prefix + mutate(message.substring(prefix.length()), at, inserted, cut);
		assertThat(sqlite(mutated, code).map(Cause::kind)).contains(sqliteKind(code));
	}

	@Property
	void anySqliteTextAfterAResultCodeGivesTheKindOfThatCodeOrNothing(@ForAll("sqliteCodes") SQLiteErrorCode code,
			@ForAll @StringLength(max = 300) String detail) {
		String message = "[" + code.name() + "] " + code.message + " (" + detail + ")";
		assertThat(sqlite(message, code).map(Cause::kind)).isEqualTo(Optional.ofNullable(sqliteKind(code)));
	}

	@Property
	void sqliteColumnNamesRoundTripEvenWithCommasAndDots(@ForAll("names") String table,
			@ForAll("names") String first, @ForAll("names") String second) {
		String message = "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: " + table
				+ "." + first + ", " + table + "." + second + ")";
		assertThat(sqlite(message, SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE)).contains(
				Cause.of(Kind.UNIQUE).withTable(table).withColumns(List.of(first, second)));
	}

	@Example
	void nullHugeAndPlainConstraintMessagesNeverThrow() {
		assertThat(derby(null, "23503")).contains(Cause.of(Kind.FOREIGN_KEY));
		assertThat(sqlite(null, SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK)).contains(Cause.of(Kind.CHECK));
		String huge = "'".repeat(1 << 20);
		assertThat(derby(huge, "23505").map(Cause::kind)).contains(Kind.UNIQUE);
		assertThat(sqlite("[SQLITE_CONSTRAINT_NOTNULL] (NOT NULL constraint failed: " + ".".repeat(1 << 20) + ")",
				SQLiteErrorCode.SQLITE_CONSTRAINT_NOTNULL).map(Cause::kind)).contains(Kind.NOT_NULL);
		assertThat(sqlite("[SQLITE_CONSTRAINT] Abort due to constraint violation (UNIQUE constraint failed: t.a)",
				SQLiteErrorCode.SQLITE_CONSTRAINT)).contains(Cause.of(Kind.UNIQUE).withTable("t").withColumns(List.of("a")));
		assertThat(sqlite("[SQLITE_BUSY] The database file is locked (database is locked)",
				SQLiteErrorCode.SQLITE_BUSY)).isEmpty();
	}

	@Provide
	Arbitrary<String> derbyRecorded() {
		return Arbitraries.of(DERBY_RECORDED);
	}

	@Provide
	Arbitrary<String> sqliteRecorded() {
		return Arbitraries.of(SQLITE_RECORDED);
	}

	@Provide
	Arbitrary<String> derbyOtherStates() {
		return Arbitraries.of("42X01", "22001", "22003", "40XL1", "40001", "08006", "23000", "XJ001");
	}

	@Provide
	Arbitrary<SQLiteErrorCode> sqliteCodes() {
		return Arbitraries.of(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE, SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY,
				SQLiteErrorCode.SQLITE_CONSTRAINT_NOTNULL, SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK,
				SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY, SQLiteErrorCode.SQLITE_CONSTRAINT_TRIGGER,
				SQLiteErrorCode.SQLITE_CONSTRAINT_DATATYPE, SQLiteErrorCode.SQLITE_BUSY, SQLiteErrorCode.SQLITE_ERROR);
	}

	/** Names without a dot (SQLite's separator), quotes or surrounding spaces: letters, digits, spaces, commas. */
	@Provide
	Arbitrary<String> names() {
		return Arbitraries.strings().withChars("abcXYZ_09 ,äßÉ$").ofMinLength(1).ofMaxLength(12)
			.filter((name) -> !name.isBlank() && name.strip().equals(name) && !name.contains(", "));
	}

	private static String mutate(String message, int at, String inserted, int cut) {
		int split = Math.min(at, message.length());
		String mutated = message.substring(0, split) + inserted + message.substring(split);
		return mutated.substring(0, Math.min(cut, mutated.length()));
	}

	private static Optional<Cause> derby(String message, String state) {
		return DerbyDialect.INSTANCE.read(new SQLException(message, state, 30000));
	}

	private static Optional<Cause> sqlite(String message, SQLiteErrorCode code) {
		return SqliteDialect.INSTANCE.read(new SQLiteException(message, code));
	}

	private static Kind derbyKind(String state) {
		return switch (state) {
			case "23505", "23506" -> Kind.UNIQUE;
			case "23502" -> Kind.NOT_NULL;
			case "23503" -> Kind.FOREIGN_KEY;
			default -> Kind.CHECK;
		};
	}

	private static Kind sqliteKind(SQLiteErrorCode code) {
		return switch (code) {
			case SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY -> Kind.UNIQUE;
			case SQLITE_CONSTRAINT_NOTNULL -> Kind.NOT_NULL;
			case SQLITE_CONSTRAINT_CHECK -> Kind.CHECK;
			case SQLITE_CONSTRAINT_FOREIGNKEY -> Kind.FOREIGN_KEY;
			default -> null;
		};
	}

}
