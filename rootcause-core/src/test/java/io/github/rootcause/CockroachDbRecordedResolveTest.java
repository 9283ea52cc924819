package io.github.rootcause;

import java.util.List;

import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.Constraint;
import org.junit.jupiter.api.Test;

import static io.github.rootcause.RecordedResolve.resolve;
import static io.github.rootcause.dialect.PgServerErrors.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * CockroachDB resolve, from errors built with the fields CockroachDB sends (constraint and detail, no schema,
 * table or column; see {@code CockroachDbConstraintViolationTest}) and a catalog as {@code PostgresCatalogReader}
 * reads it (there is no CockroachDB server here).
 */
class CockroachDbRecordedResolveTest {

	private static final Catalog CATALOG = Catalog.of(Database.POSTGRESQL, "public", List.of(
			new Constraint("public", "users", "users_pkey", Kind.UNIQUE, List.of("id"), null),
			new Constraint("public", "users", "users_email_key", Kind.UNIQUE, List.of("email"), null),
			new Constraint("public", "child", "child_p_fkey", Kind.FOREIGN_KEY, List.of("p"), "parent"),
			new Constraint("public", "orders", "check_quantity", Kind.CHECK, List.of("quantity"), null),
			new Constraint("public", "product", "product_price_positive", Kind.CHECK, List.of("price"), null),
			new Constraint("public", "product", "product_discount_below_price", Kind.CHECK,
					List.of("discount", "price"), null),
			new Constraint("public", "product", "product_price_capped", Kind.CHECK, List.of("price"), null)));

	@Test
	void uniqueViolationOnCockroachDbResolvesTheTable() {
		assertThat(resolve(CATALOG,
				error("23505", "duplicate key value violates unique constraint \"users_email_key\"",
						"Key (email)=('a@example.com') already exists.", null, null, null, "users_email_key"),
				null))
			.contains(cause(Kind.UNIQUE, "users_email_key", "users", "email"));
	}

	@Test
	void notNullViolationOnCockroachDbTakesTheTableFromTheStatement() {
		assertThat(resolve(CATALOG,
				error("23502", "null value in column \"name\" violates not-null constraint", null, null, null,
						null, null),
				"insert into note (id, name) values (1, null)"))
			.contains(Cause.of(Kind.NOT_NULL)
				.withTable("note")
				.withColumns(List.of("name"))
				.withDatabase(Database.POSTGRESQL));
	}

	@Test
	void checkViolationOnCockroachDbResolvesTableAndColumns() {
		assertThat(resolve(CATALOG, error("23514", "failed to satisfy CHECK constraint (quantity > 0:::INT8)", null,
				null, null, null, "check_quantity"), null))
			.contains(cause(Kind.CHECK, "check_quantity", "orders", "quantity"));
	}

	@Test
	void checkViolationOnCockroachDbWithoutTheConstraintFieldIsFoundByTheColumnsOfItsExpression() {
		assertThat(resolve(CATALOG, error("23514",
				"failed to satisfy CHECK constraint (discount < price)", null, null, null, null, null),
				"insert into product (id, price, discount) values (1, 5, 9)"))
			.contains(Cause.of(Kind.CHECK)
				.withConstraint("product_discount_below_price")
				.withSchema("public")
				.withTable("product")
				.withColumns(List.of("discount", "price"))
				.withDatabase(Database.POSTGRESQL));
	}

	@Test
	void checkViolationOnCockroachDbWhoseExpressionFitsTwoChecksLeavesTheConstraintUnknown() {
		assertThat(resolve(CATALOG, error("23514", "failed to satisfy CHECK constraint (price > 0:::DECIMAL)", null,
				null, null, null, null), "update product set price = 0 where id = 1"))
			.contains(Cause.of(Kind.CHECK)
				.withTable("product")
				.withColumns(List.of("price"))
				.withDatabase(Database.POSTGRESQL));
	}

	@Test
	void foreignKeyViolationsOnCockroachDbResolveTheReferencingTableOnBothSides() {
		assertThat(resolve(CATALOG, error("23503",
				"insert on table \"child\" violates foreign key constraint \"child_p_fkey\"",
				"Key (p)=(2) is not present in table \"parent\".", null, null, null, "child_p_fkey"), null))
			.contains(cause(Kind.FOREIGN_KEY, "child_p_fkey", "child", "p").withReference(Reference.MISSING));
		assertThat(resolve(CATALOG, error("23503",
				"delete on table \"parent\" violates foreign key constraint \"child_p_fkey\" on table \"child\"",
				"Key (p)=(1) is still referenced from table \"child\".", null, null, null, "child_p_fkey"), null))
			.contains(cause(Kind.FOREIGN_KEY, "child_p_fkey", "child", "p")
				.withReference(Reference.STILL_REFERENCED));
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
