package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.List;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.RootCause;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CockroachDB speaks PostgreSQL's protocol and is read by the PostgreSQL dialect. No CockroachDB server runs here,
 * so these tests are recorded, not live: each error is built as pgjdbc builds it from the fields CockroachDB sends,
 * with the wording of CockroachDB's sources ({@code pkg/sql/row/errors.go}
 * {@code NewUniquenessConstraintViolationError}, {@code pkg/sql/opt/exec/execbuilder/mutation.go}
 * {@code mkFKCheckErr}, {@code pkg/sql/sqlerrors/errors.go} {@code NewNonNullViolationError}) and a client
 * capture of the unique violation (fields: code, message, detail, constraint; no schema, table or column).
 * CockroachDB sends the constraint name field ({@code pgerror.WithConstraintName}) but not the table.
 */
class CockroachDbConstraintViolationTest {

	@Test
	void uniqueViolationOnCockroachDbNamesTheConstraintAndColumns() {
		SQLException ex = PgServerErrors.error("23505",
				"duplicate key value violates unique constraint \"users_email_key\"",
				"Key (email)=('a@example.com') already exists.", null, null, null, "users_email_key");
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE, "users_email_key", "email"));
	}

	@Test
	void compositeUniqueViolationOnCockroachDbReadsColumnsJoinedWithoutSpaces() {
		SQLException ex = PgServerErrors.error("23505",
				"duplicate key value violates unique constraint \"slot_room_day_key\"",
				"Key (room,day)=(1,'2026-01-01') already exists.", null, null, null, "slot_room_day_key");
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE, "slot_room_day_key", "room", "day"));
	}

	@Test
	void insertingAChildWithAMissingParentOnCockroachDbIsAMissingReference() {
		SQLException ex = PgServerErrors.error("23503",
				"insert on table \"child\" violates foreign key constraint \"child_p_fkey\"",
				"Key (p)=(2) is not present in table \"parent\".", null, null, null, "child_p_fkey");
		assertThat(RootCause.of(ex)).contains(
				cause(Kind.FOREIGN_KEY, "child_p_fkey", "p").withTable("child").withReference(Reference.MISSING));
	}

	@Test
	void updatingAChildToAMissingParentOnCockroachDbIsAMissingReference() {
		SQLException ex = PgServerErrors.error("23503",
				"update on table \"child\" violates foreign key constraint \"child_p_fkey\"",
				"Key (p)=(3) is not present in table \"parent\".", null, null, null, "child_p_fkey");
		assertThat(RootCause.of(ex)).contains(
				cause(Kind.FOREIGN_KEY, "child_p_fkey", "p").withTable("child").withReference(Reference.MISSING));
	}

	@Test
	void deletingAReferencedParentOnCockroachDbIsStillReferenced() {
		SQLException ex = PgServerErrors.error("23503",
				"delete on table \"parent\" violates foreign key constraint \"child_p_fkey\" on table \"child\"",
				"Key (p)=(1) is still referenced from table \"child\".", null, null, null, "child_p_fkey");
		assertThat(RootCause.of(ex)).contains(cause(Kind.FOREIGN_KEY, "child_p_fkey").withTable("child")
			.withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void checkViolationOnCockroachDbNamesTheConstraintFromItsField() {
		SQLException ex = PgServerErrors.error("23514", "failed to satisfy CHECK constraint (quantity > 0:::INT8)",
				null, null, null, null, "check_quantity");
		assertThat(RootCause.of(ex)).contains(cause(Kind.CHECK, "check_quantity"));
	}

	@Test
	void checkViolationOnCockroachDbWithoutTheConstraintFieldNeverAnswersTheExpressionAsTheName() {
		SQLException ex = PgServerErrors.error("23514", "failed to satisfy CHECK constraint (price > 0:::DECIMAL)",
				null, null, null, null, null);
		assertThat(RootCause.of(ex)).contains(Cause.of(Kind.CHECK)
			.withColumns(List.of("price"))
			.withDatabase(Database.POSTGRESQL));
	}

	@Test
	void checkExpressionOnCockroachDbGivesOnlyTheColumnsItReads() {
		SQLException ex = PgServerErrors.error("23514", "failed to satisfy CHECK constraint ((lower(\"Unit Name\") != "
				+ "'x''y':::STRING) AND (qty IS NOT NULL) AND (t.qty > 0:::INT8))", null, null, null, null, null);
		assertThat(RootCause.of(ex).map(Cause::columns)).contains(List.of("Unit Name", "qty"));
		assertThat(RootCause.of(ex).flatMap(Cause::constraint)).isEmpty();
	}

	@Test
	void notNullViolationOnCockroachDbNamesTheColumnFromTheMessage() {
		SQLException ex = PgServerErrors.error("23502", "null value in column \"name\" violates not-null constraint",
				null, null, null, null, null);
		assertThat(RootCause.of(ex)).contains(cause(Kind.NOT_NULL, null, "name"));
	}

	private static Cause cause(Kind kind, String constraint, String... columns) {
		return Cause.of(kind)
			.withConstraint(constraint)
			.withColumns(List.of(columns))
			.withDatabase(Database.POSTGRESQL);
	}

}
