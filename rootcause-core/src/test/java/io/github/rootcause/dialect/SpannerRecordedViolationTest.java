package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.List;

import com.google.cloud.spanner.jdbc.JdbcSqlExceptionFactory;
import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.RootCause;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Google Cloud Spanner, recorded: no Spanner (or emulator) runs here and its JDBC driver is not a dependency, so
 * each exception is built as the driver builds it ({@link JdbcSqlExceptionFactory}, a test double with the real
 * class names), from Spanner's words as its answers are quoted in client libraries' issue trackers and as the
 * emulator's {@code common/errors.cc} words them; PGAdapter's as pgjdbc builds it from the SQLState and message
 * PGAdapter sends. The words hold key values: none comes back.
 */
class SpannerRecordedViolationTest {

	@Test
	void theJdbcDriversExceptionTellsSpannerByItsClass() {
		SQLException ex = spanner("ALREADY_EXISTS", 6, "Row [1] in table Singers already exists");
		assertThat(Dialect.detect(ex)).contains(Database.SPANNER);
		assertThat(Database.fromProductName("Google Cloud Spanner")).contains(Database.SPANNER);
	}

	@Test
	void duplicatePrimaryKeyOnSpannerNamesTheTableButNoValue() {
		assertThat(RootCause.of(spanner("ALREADY_EXISTS", 6, "Row [42, a[1] in table x] in table Singers already exists")))
			.contains(cause(Kind.UNIQUE).withTable("Singers"));
	}

	@Test
	void uniqueIndexViolationOnSpannerNamesTheIndexAndTheTable() {
		assertThat(RootCause.of(spanner("ALREADY_EXISTS", 6, "Unique index violation on index SingersByEmail at index "
				+ "key [a@x.io,1]. It conflicts with row [1] in table Singers.")))
			.contains(cause(Kind.UNIQUE).withConstraint("SingersByEmail").withTable("Singers"));
	}

	@Test
	void missingParentOnSpannerNamesTheForeignKeyAndTheReferencingTable() {
		assertThat(RootCause.of(spanner("FAILED_PRECONDITION", 9, "Foreign key constraint FK_Albums_Singers is "
				+ "violated on table Albums. Cannot find referenced values in Singers(SingerId).")))
			.contains(cause(Kind.FOREIGN_KEY).withConstraint("FK_Albums_Singers")
				.withTable("Albums")
				.withReference(Reference.MISSING));
	}

	@Test
	void deletingAReferencedRowOnSpannerNamesTheReferencingTable() {
		assertThat(RootCause.of(spanner("FAILED_PRECONDITION", 9, "Foreign key constraint violation when deleting or "
				+ "updating referenced row(s): referencing row(s) found in table \"Albums\".")))
			.contains(cause(Kind.FOREIGN_KEY).withTable("Albums").withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void nullInANotNullColumnOnSpannerNamesColumnAndTable() {
		assertThat(RootCause.of(spanner("FAILED_PRECONDITION", 9, "Name must not be NULL in table Singers.")))
			.contains(cause(Kind.NOT_NULL).withTable("Singers").withColumns(List.of("Name")));
		assertThat(RootCause.of(spanner("FAILED_PRECONDITION", 9, "A new row in table Singers does not specify a "
				+ "non-null value for these NOT NULL columns: FirstName, LastName")))
			.contains(cause(Kind.NOT_NULL).withTable("Singers").withColumns(List.of("FirstName", "LastName")));
	}

	@Test
	void checkViolationOnSpannerNamesTableAndConstraintButNotTheKey() {
		assertThat(RootCause.of(spanner("OUT_OF_RANGE", 11,
				"Check constraint `Singers`.`CK_Age` is violated for key (1)")))
			.contains(cause(Kind.CHECK).withTable("Singers").withConstraint("CK_Age"));
		assertThat(RootCause.of(spanner("OUT_OF_RANGE", 11, "Check constraint 'Singers.CK_Age' is violated for key (1)")))
			.contains(cause(Kind.CHECK).withTable("Singers").withConstraint("CK_Age"));
	}

	@Test
	void theEmulatorsWordingReadsTheSame() {
		assertThat(RootCause.of(spanner("ALREADY_EXISTS", 6, "Table Singers: Row {Int64(1)} already exists.")))
			.contains(cause(Kind.UNIQUE).withTable("Singers"));
		assertThat(RootCause.of(spanner("ALREADY_EXISTS", 6,
				"UNIQUE violation on index SingersByEmail,  duplicate key: {String(\"a@x.io\")} in this transaction.")))
			.contains(cause(Kind.UNIQUE).withConstraint("SingersByEmail"));
		assertThat(RootCause.of(spanner("FAILED_PRECONDITION", 9, "Foreign key `FK_Albums_Singers` constraint "
				+ "violation on table `Albums`. Cannot find referenced key `{Int64(9)}` in table `Singers`.")))
			.contains(cause(Kind.FOREIGN_KEY).withConstraint("FK_Albums_Singers")
				.withTable("Albums")
				.withReference(Reference.MISSING));
		assertThat(RootCause.of(spanner("FAILED_PRECONDITION", 9, "Foreign key `FK_Albums_Singers` constraint "
				+ "violation when deleting or updating referenced key `{Int64(1)}` in table `Singers`. A row with that "
				+ "key exists in the referencing table `Albums`.")))
			.contains(cause(Kind.FOREIGN_KEY).withConstraint("FK_Albums_Singers")
				.withTable("Albums")
				.withReference(Reference.STILL_REFERENCED));
		assertThat(RootCause.of(spanner("FAILED_PRECONDITION", 9,
				"Cannot specify a null value for column: Name in table: Singers referenced by key: {Int64(1)}")))
			.contains(cause(Kind.NOT_NULL).withTable("Singers").withColumns(List.of("Name")));
	}

	@Test
	void aFailedBatchOnSpannerKeepsTheCodeOnlyInItsMessageAndIsStillRead() {
		assertThat(RootCause.of(JdbcSqlExceptionFactory.batch("ALREADY_EXISTS",
				"Row [1] in table Singers already exists")))
			.contains(cause(Kind.UNIQUE).withTable("Singers"));
	}

	@Test
	void otherSpannerErrorsAndViolationWordsUnderOtherCodesAreNoViolation() {
		assertThat(RootCause.of(spanner("FAILED_PRECONDITION", 9,
				"Could not parse Row [1] in table Singers already exists as an integer"))).isEmpty();
		assertThat(RootCause.of(spanner("ABORTED", 10, "Transaction was aborted."))).isEmpty();
		assertThat(RootCause.of(spanner("INVALID_ARGUMENT", 3, "Row [1] in table Singers already exists"))).isEmpty();
		assertThat(RootCause.of(spanner("ALREADY_EXISTS", 6, "Database already exists: projects/p/databases/d")))
			.isEmpty();
	}

	@Test
	void pgAdapterSendsPostgresqlSqlStatesWithSpannersWordsAndNoFields() {
		assertThat(RootCause.of(PgServerErrors.error("23505", "Row [1] in table singers already exists", null, null,
				null, null, null)))
			.contains(Cause.of(Kind.UNIQUE).withTable("singers").withDatabase(Database.POSTGRESQL));
		assertThat(RootCause.of(PgServerErrors.error("23505", "Unique index violation on index idx_singers_email at "
				+ "index key [a@x.io,1]. It conflicts with row [1] in table singers.", null, null, null, null, null)))
			.contains(Cause.of(Kind.UNIQUE).withConstraint("idx_singers_email")
				.withTable("singers")
				.withDatabase(Database.POSTGRESQL));
		assertThat(RootCause.of(PgServerErrors.error("23503", "Foreign key constraint fk_albums_singers is violated on "
				+ "table albums. Cannot find referenced values in singers(singer_id).", null, null, null, null, null)))
			.contains(Cause.of(Kind.FOREIGN_KEY).withConstraint("fk_albums_singers")
				.withTable("albums")
				.withReference(Reference.MISSING)
				.withDatabase(Database.POSTGRESQL));
	}

	@Test
	void aNullValueMessageWithoutItsTableIsANotNullViolationWithoutColumnsAndNeverThrows() {
		// Found by SpannerDialectFuzzTest (its corpus keeps the input): the column ended nowhere.
		assertThat(RootCause.of(spanner("FAILED_PRECONDITION", 9,
				"Cannot specify a null value for column: Name Singers referenced by key: {Int64(1)}")))
			.hasValueSatisfying((cause) -> assertThat(cause.kind()).isEqualTo(Kind.NOT_NULL));
	}

	private static SQLException spanner(String code, int number, String words) {
		return JdbcSqlExceptionFactory.of(code, number, words);
	}

	private static Cause cause(Kind kind) {
		return Cause.of(kind).withDatabase(Database.SPANNER);
	}

}
