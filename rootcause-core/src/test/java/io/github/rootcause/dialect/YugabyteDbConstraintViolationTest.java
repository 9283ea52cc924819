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
 * YugabyteDB speaks PostgreSQL's protocol and is read by the PostgreSQL dialect. No YugabyteDB server runs here,
 * so these tests are recorded: each error is built as pgjdbc builds it, with the fields YugabyteDB sends. Its
 * unique violations come from its storage layer, with PostgreSQL's message but without the detail (yugabyte-db
 * issues 2180 and 30992: {@code ERROR: duplicate key value violates unique constraint "err_pkey"}, no
 * {@code DETAIL}) and, in some versions, without the constraint field; the other violations are raised by
 * PostgreSQL's own code (YugabyteDB 2.x is PostgreSQL 11, 2024.2 and later PostgreSQL 15) with every field, but the
 * dialect must not depend on that: a missing field is read from the English message.
 */
class YugabyteDbConstraintViolationTest {

	@Test
	void uniqueViolationOnYugabyteDbWithoutDetailOrConstraintFieldNamesTheConstraintFromTheMessage() {
		SQLException ex = PgServerErrors.error("23505", "duplicate key value violates unique constraint \"users_email_key\"",
				null, null, null, null, null);
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE).withConstraint("users_email_key"));
	}

	@Test
	void uniqueViolationOnYugabyteDbWithTheFieldsButNoDetailNamesConstraintAndTable() {
		SQLException ex = PgServerErrors.error("23505", "duplicate key value violates unique constraint \"err_pkey\"",
				null, "public", "err", null, "err_pkey");
		assertThat(RootCause.of(ex))
			.contains(cause(Kind.UNIQUE).withConstraint("err_pkey").withSchema("public").withTable("err"));
	}

	@Test
	void aConstraintFieldAlwaysWinsOverTheMessage() {
		SQLException ex = PgServerErrors.error("23505", "duplicate key value violates unique constraint \"other\"",
				null, null, null, null, "users_email_key");
		assertThat(RootCause.of(ex).flatMap(Cause::constraint)).contains("users_email_key");
	}

	@Test
	void missingParentOnYugabyteDbWithoutFieldsNamesConstraintAndReferencingTableFromTheMessage() {
		SQLException ex = PgServerErrors.error("23503",
				"insert or update on table \"child\" violates foreign key constraint \"child_parent_id_fkey\"", null,
				null, null, null, null);
		assertThat(RootCause.of(ex)).contains(cause(Kind.FOREIGN_KEY).withConstraint("child_parent_id_fkey")
			.withTable("child")
			.withReference(Reference.MISSING));
	}

	@Test
	void deletingAReferencedParentOnYugabyteDbWithoutFieldsNamesTheReferencingTableNotTheParent() {
		SQLException ex = PgServerErrors.error("23503", "update or delete on table \"parent\" violates foreign key "
				+ "constraint \"child_parent_id_fkey\" on table \"child\"", null, null, null, null, null);
		assertThat(RootCause.of(ex)).contains(cause(Kind.FOREIGN_KEY).withConstraint("child_parent_id_fkey")
			.withTable("child")
			.withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void notNullViolationOnYugabyteDbWithoutFieldsNamesColumnAndTableFromEitherWording() {
		assertThat(RootCause.of(PgServerErrors.error("23502",
				"null value in column \"name\" of relation \"note\" violates not-null constraint", null, null, null,
				null, null)))
			.contains(cause(Kind.NOT_NULL).withTable("note").withColumns(List.of("name")));
		assertThat(RootCause.of(PgServerErrors.error("23502", "null value in column \"name\" violates not-null constraint",
				null, null, null, null, null)))
			.contains(cause(Kind.NOT_NULL).withColumns(List.of("name")));
	}

	@Test
	void checkViolationOnYugabyteDbWithoutFieldsNamesConstraintAndTable() {
		SQLException ex = PgServerErrors.error("23514",
				"new row for relation \"orders\" violates check constraint \"orders_quantity_check\"", null, null, null,
				null, null);
		assertThat(RootCause.of(ex))
			.contains(cause(Kind.CHECK).withConstraint("orders_quantity_check").withTable("orders"));
	}

	@Test
	void aMessageInAnotherLanguageWithoutFieldsGivesTheKindOnly() {
		SQLException ex = PgServerErrors.error("23505",
				"doppelter Schlüsselwert verletzt Unique-Constraint »users_email_key«", null, null, null, null, null);
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE));
	}

	private static Cause cause(Kind kind) {
		return Cause.of(kind).withDatabase(Database.POSTGRESQL);
	}

}
