package io.github.rootcause;

import java.util.List;

import com.google.cloud.spanner.jdbc.JdbcSqlExceptionFactory;
import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.Constraint;
import org.junit.jupiter.api.Test;

import static io.github.rootcause.RecordedResolve.resolve;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spanner resolve, from exceptions built as the Spanner JDBC driver builds them (a test double of its classes, see
 * {@code SpannerRecordedViolationTest}) and a catalog as the driver's {@code DatabaseMetaData} describes it, which
 * rootcause reads for Spanner (there is no Spanner here).
 */
class SpannerRecordedResolveTest {

	private static final Catalog CATALOG = Catalog.of(Database.SPANNER, "", List.of(
			new Constraint("", "Singers", "PK_Singers", Kind.UNIQUE, List.of("SingerId"), null),
			new Constraint("", "Singers", "SingersByEmail", Kind.UNIQUE, List.of("Email"), null),
			new Constraint("", "Labels", "PK_Labels", Kind.UNIQUE, List.of("LabelId"), null),
			new Constraint("", "Albums", "PK_Albums", Kind.UNIQUE, List.of("AlbumId"), null),
			new Constraint("", "Albums", "FK_Albums_Singers", Kind.FOREIGN_KEY, List.of("SingerId"), "Singers"),
			new Constraint("", "Albums", "FK_Albums_Labels", Kind.FOREIGN_KEY, List.of("LabelId"), "Labels"),
			new Constraint("", "Tracks", "FK_Tracks_Albums", Kind.FOREIGN_KEY, List.of("AlbumId"), "Albums"),
			new Constraint("", "Singers", "CK_Age", Kind.CHECK, List.of("Age"), null)));

	@Test
	void uniqueIndexViolationOnSpannerResolvesItsColumns() {
		assertThat(resolve(CATALOG, JdbcSqlExceptionFactory.of("ALREADY_EXISTS", 6, "Unique index violation on index "
				+ "SingersByEmail at index key [a@x.io,1]. It conflicts with row [1] in table Singers."), null))
			.contains(cause(Kind.UNIQUE, "SingersByEmail", "Singers", "Email"));
	}

	@Test
	void missingParentOnSpannerResolvesTheForeignKeysColumns() {
		assertThat(resolve(CATALOG, JdbcSqlExceptionFactory.of("FAILED_PRECONDITION", 9, "Foreign key constraint "
				+ "FK_Albums_Singers is violated on table Albums. Cannot find referenced values in Singers(SingerId)."),
				null))
			.contains(cause(Kind.FOREIGN_KEY, "FK_Albums_Singers", "Albums", "SingerId").withReference(Reference.MISSING));
	}

	@Test
	void deletingAReferencedRowOnSpannerFindsTheReferencingTablesKeyToTheDeletedTable() {
		assertThat(resolve(CATALOG, JdbcSqlExceptionFactory.of("FAILED_PRECONDITION", 9, "Foreign key constraint "
				+ "violation when deleting or updating referenced row(s): referencing row(s) found in table \"Albums\"."),
				"delete from Singers where SingerId = 1"))
			.contains(cause(Kind.FOREIGN_KEY, "FK_Albums_Singers", "Albums", "SingerId")
				.withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void deletingAReferencedRowOnSpannerWithoutTheStatementNeverTakesAKeyThatPointsAtTheReferencingTable() {
		assertThat(resolve(CATALOG, JdbcSqlExceptionFactory.of("FAILED_PRECONDITION", 9, "Foreign key constraint "
				+ "violation when deleting or updating referenced row(s): referencing row(s) found in table \"Albums\"."),
				null))
			.contains(Cause.of(Kind.FOREIGN_KEY)
				.withTable("Albums")
				.withReference(Reference.STILL_REFERENCED)
				.withDatabase(Database.SPANNER));
	}

	@Test
	void checkViolationOnSpannerResolvesItsColumns() {
		assertThat(resolve(CATALOG, JdbcSqlExceptionFactory.of("OUT_OF_RANGE", 11,
				"Check constraint `Singers`.`CK_Age` is violated for key (1)"), null))
			.contains(cause(Kind.CHECK, "CK_Age", "Singers", "Age"));
	}

	private static Cause cause(Kind kind, String constraint, String table, String column) {
		return Cause.of(kind)
			.withConstraint(constraint)
			.withSchema("")
			.withTable(table)
			.withColumns(List.of(column))
			.withDatabase(Database.SPANNER);
	}

}
