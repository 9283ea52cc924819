package io.github.rootcause;

import java.util.List;

import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.Constraint;
import org.junit.jupiter.api.Test;

import static io.github.rootcause.RecordedResolve.resolve;
import static io.github.rootcause.dialect.PgServerErrors.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * YugabyteDB resolve, from errors built with the fields YugabyteDB may leave out (see
 * {@code YugabyteDbConstraintViolationTest}: no detail, no constraint, table or column field) and a catalog as
 * {@code PostgresCatalogReader} reads it (YugabyteDB serves PostgreSQL's catalog; there is no server here): the
 * constraint read from the message finds its table and columns in the catalog.
 */
class YugabyteDbRecordedResolveTest {

	private static final Catalog CATALOG = Catalog.of(Database.POSTGRESQL, "public", List.of(
			new Constraint("public", "users", "users_pkey", Kind.UNIQUE, List.of("id"), null),
			new Constraint("public", "users", "users_email_key", Kind.UNIQUE, List.of("email"), null),
			new Constraint("public", "child", "child_parent_id_fkey", Kind.FOREIGN_KEY, List.of("parent_id"),
					"parent"),
			new Constraint("public", "orders", "orders_quantity_check", Kind.CHECK, List.of("quantity"), null)));

	@Test
	void uniqueViolationOnYugabyteDbWithoutDetailOrFieldsResolvesTableAndColumns() {
		assertThat(resolve(CATALOG, error("23505", "duplicate key value violates unique constraint \"users_email_key\"",
				null, null, null, null, null), null))
			.contains(cause(Kind.UNIQUE, "users_email_key", "users", "email"));
	}

	@Test
	void foreignKeyViolationsOnYugabyteDbWithoutFieldsResolveTheReferencingTableOnBothSides() {
		assertThat(resolve(CATALOG, error("23503", "insert or update on table \"child\" violates foreign key constraint "
				+ "\"child_parent_id_fkey\"", null, null, null, null, null), "insert into child values (1, 9)"))
			.contains(cause(Kind.FOREIGN_KEY, "child_parent_id_fkey", "child", "parent_id")
				.withReference(Reference.MISSING));
		assertThat(resolve(CATALOG, error("23503", "update or delete on table \"parent\" violates foreign key "
				+ "constraint \"child_parent_id_fkey\" on table \"child\"", null, null, null, null, null),
				"delete from parent where id = 1"))
			.contains(cause(Kind.FOREIGN_KEY, "child_parent_id_fkey", "child", "parent_id")
				.withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void notNullViolationOnYugabyteDbWithoutFieldsTakesTheTableFromTheMessageNotTheStatement() {
		assertThat(resolve(CATALOG, error("23502", "null value in column \"name\" of relation \"note\" violates "
				+ "not-null constraint", null, null, null, null, null), "insert into audit (id) values (1)"))
			.contains(Cause.of(Kind.NOT_NULL)
				.withTable("note")
				.withColumns(List.of("name"))
				.withDatabase(Database.POSTGRESQL));
	}

	@Test
	void checkViolationOnYugabyteDbWithoutFieldsResolvesItsColumns() {
		assertThat(resolve(CATALOG, error("23514", "new row for relation \"orders\" violates check constraint "
				+ "\"orders_quantity_check\"", null, null, null, null, null), null))
			.contains(cause(Kind.CHECK, "orders_quantity_check", "orders", "quantity"));
	}

	private static Cause cause(Kind kind, String constraint, String table, String column) {
		return Cause.of(kind)
			.withConstraint(constraint)
			.withSchema("public")
			.withTable(table)
			.withColumns(List.of(column))
			.withDatabase(Database.POSTGRESQL);
	}

}
