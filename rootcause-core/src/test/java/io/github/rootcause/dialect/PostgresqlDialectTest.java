package io.github.rootcause.dialect;

import java.net.URL;
import java.net.URLClassLoader;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.RootCause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The PostgreSQL dialect on errors the live server does not produce on demand: built as pgjdbc builds them, odd,
 * truncated or huge, and without pgjdbc on the class path.
 */
class PostgresqlDialectTest {

	private static final Dialect postgres = Dialect.of(Database.POSTGRESQL);

	@Test
	void restrictViolationOnPostgresqlIsAlwaysStillReferenced() {
		PSQLException ex = PgServerErrors.error("23001",
				"update or delete on table \"parent\" violates RESTRICT setting of foreign key constraint \"fk_child\" "
						+ "on table \"child\"",
				"Key (id)=(1) is not present in table \"parent\".", "public", "child", null, "fk_child");
		assertThat(postgres.read(ex)).contains(Cause.of(Kind.FOREIGN_KEY)
			.withConstraint("fk_child")
			.withSchema("public")
			.withTable("child")
			.withReference(Reference.STILL_REFERENCED)
			.withDatabase(Database.POSTGRESQL));
		assertThat(postgres.read(new SQLException("restrict", "23001"))).contains(
				Cause.of(Kind.FOREIGN_KEY).withReference(Reference.STILL_REFERENCED).withDatabase(Database.POSTGRESQL));
	}

	@Test
	void batchUpdateExceptionBuiltAsPgjdbcBuildsItOnPostgresqlResolvesThroughItsNextException() {
		PSQLException entry = PgServerErrors.error("23505", "duplicate key value violates unique constraint \"t_pkey\"",
				"Key (id)=(1) already exists.", "public", "t", null, "t_pkey");
		BatchUpdateException batch = new BatchUpdateException("Batch entry 2 insert into t values (1) was aborted: "
				+ entry.getMessage() + "  Call getNextException to see other errors in the batch.", "23505", 0,
				new int[] { 1, 1 }, entry);
		batch.setNextException(entry);
		assertThat(RootCause.of(batch)).contains(Cause.of(Kind.UNIQUE)
			.withConstraint("t_pkey")
			.withSchema("public")
			.withTable("t")
			.withColumns(List.of("id"))
			.withDatabase(Database.POSTGRESQL));
	}

	@Test
	void errorWithoutServerFieldsOnPostgresqlGivesTheKindOfItsSqlState() {
		assertThat(postgres.read(new SQLException("ERROR: duplicate key value violates unique constraint \"x\"",
				"23505"))).contains(Cause.of(Kind.UNIQUE).withDatabase(Database.POSTGRESQL));
		assertThat(postgres.read(PgServerErrors.error("23514", null, null, null, null, null, null)))
			.contains(Cause.of(Kind.CHECK).withDatabase(Database.POSTGRESQL));
		assertThat(postgres.read(PgServerErrors.error("23503", null, null, null, null, null, null)))
			.contains(Cause.of(Kind.FOREIGN_KEY).withDatabase(Database.POSTGRESQL));
		assertThat(postgres.read(PgServerErrors.error("23P01", null, null, null, null, null, null)))
			.contains(Cause.of(Kind.EXCLUSION).withDatabase(Database.POSTGRESQL));
	}

	@ParameterizedTest
	@ValueSource(strings = { "42601", "40P01", "55P03", "40001", "22001", "22003", "08006", "23000", "XX000" })
	void otherSqlStatesOnPostgresqlGiveNothing(String sqlState) {
		assertThat(postgres.read(PgServerErrors.error(sqlState, "duplicate key value violates unique constraint \"x\"",
				"Key (a)=(1) already exists.", "public", "t", "a", "x"))).isEmpty();
		assertThat(postgres.read(new SQLException("x", sqlState))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Key (", "Key (email", "Key (email)=", "Key ()=()", "Key (\"unclosed)=(1)",
			"Key (a,, b)=(1)", "Key (a b)=(1)", "Key ((a + b))=(3) already exists.", "))))((((" })
	void truncatedOrOddUniqueDetailsOnPostgresqlGiveNoColumns(String detail) {
		Optional<Cause> cause = postgres.read(PgServerErrors.error("23505", "m", detail, "s", "t", null, "c"));
		assertThat(cause).map(Cause::kind).contains(Kind.UNIQUE);
		assertThat(cause).map(Cause::columns).contains(List.of());
	}

	@Test
	void keyColumnsOnPostgresqlAreFoundBehindATranslatedTableNameHoldingParentheses() {
		assertThat(PostgresDialect.keyColumns("テーブル\"a(b)c\"にキー(parent_id)=(9)がありません"))
			.containsExactly("parent_id");
		assertThat(PostgresDialect.foreignKeyColumns("テーブル\"a(b)c\"にキー(Parent Id, part)=(9, 1)がありません"))
			.containsExactly("Parent Id", "part");
		assertThat(PostgresDialect.keyColumns("Key (\"a \"\"b\"\"\", c)=(1, 2) already exists."))
			.containsExactly("a \"b\"", "c");
	}

	/** A hang guard, not a speed measure: the time per size is measured by WorstCaseBenchmark. */
	@Test
	@Timeout(60)
	void megabyteMessagesOnPostgresqlAreReadWithoutHanging() {
		String parentheses = "(".repeat(1 << 20);
		String quotes = "\"«»".repeat(1 << 18);
		String keys = "Key (a)=(".repeat(1 << 17);
		for (String text : List.of(parentheses, quotes, keys)) {
			for (String sqlState : List.of("23505", "23503", "23P01", "23502")) {
				assertThat(postgres.read(PgServerErrors.error(sqlState, text, text, text, text, text, text)))
					.isPresent();
			}
		}
		String almost = "a".repeat(1 << 19) + "b";
		assertThat(postgres.read(PgServerErrors.error("23503", "a".repeat(1 << 20), null, null, almost, null, almost)))
			.isPresent();
	}

	@Test
	void withoutPgjdbcOnTheClassPathPostgresqlErrorsGiveTheKindOfTheirSqlState() throws Exception {
		URL classes = PostgresDialect.class.getProtectionDomain().getCodeSource().getLocation();
		try (URLClassLoader isolated = new URLClassLoader(new URL[] { classes },
				ClassLoader.getPlatformClassLoader())) {
			assertThatExceptionOfType(ClassNotFoundException.class)
				.isThrownBy(() -> isolated.loadClass("org.postgresql.util.PSQLException"));
			Class<?> database = isolated.loadClass(Database.class.getName());
			Class<?> dialectType = isolated.loadClass(Dialect.class.getName());
			Object dialect = dialectType.getMethod("of", database).invoke(null, database.getField("POSTGRESQL").get(null));
			assertThat(dialect.getClass().getClassLoader()).isSameAs(isolated);
			Object unique = dialectType.getMethod("read", SQLException.class)
				.invoke(dialect, new SQLException("duplicate", "23505"));
			Object restrict = dialectType.getMethod("read", SQLException.class)
				.invoke(dialect, new SQLException("restrict", "23001"));
			assertThat(unique).hasToString("Optional[Cause[UNIQUE database=POSTGRESQL]]");
			assertThat(restrict)
				.hasToString("Optional[Cause[FOREIGN_KEY reference=still_referenced database=POSTGRESQL]]");
		}
	}

}
