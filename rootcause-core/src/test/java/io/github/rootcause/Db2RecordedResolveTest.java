package io.github.rootcause;

import java.util.List;

import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.Constraint;
import org.junit.jupiter.api.Test;

import static io.github.rootcause.RecordedResolve.resolve;
import static io.github.rootcause.testing.DriverExceptions.db2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Db2 resolve, from recorded SQLCAs and a catalog as {@code Db2CatalogReader} reads it (there is no Db2 server
 * here).
 */
class Db2RecordedResolveTest {

	private static final Catalog CATALOG = Catalog.of(Database.DB2, "APP", List.of(
			new Constraint("APP", "CUSTOMER", "PK_CUSTOMER", Kind.UNIQUE, List.of("ID"), null),
			new Constraint("APP", "CUSTOMER", "UQ_CUSTOMER_EMAIL", Kind.UNIQUE, List.of("EMAIL"), null),
			new Constraint("APP", "ORDERS", "FK_ORDER_CUSTOMER", Kind.FOREIGN_KEY, List.of("CUSTOMER_ID"),
					"CUSTOMER"),
			new Constraint("APP", "ORDERS", "CK_ORDER_QUANTITY", Kind.CHECK, List.of("QUANTITY"), null)));

	@Test
	void uniqueViolationOnDb2StaysAtTheTableBecauseTheMessageNamesOnlyTheIndexId() {
		assertThat(resolve(CATALOG, db2(-803, "23505", "2", "APP.CUSTOMER"),
				"insert into customer (id, email) values (2, 'a@b.c')"))
			.contains(cause(Kind.UNIQUE).withSchema("APP").withTable("CUSTOMER"));
	}

	@Test
	void notNullViolationOnDb2WithTableSpaceIdsTakesTheTableFromTheStatement() {
		assertThat(resolve(CATALOG, db2(-407, "23502", "TBSPACEID=2, TABLEID=3, COLNO=1"),
				"insert into app.customer (id) values (3)"))
			.contains(cause(Kind.NOT_NULL).withTable("CUSTOMER"));
	}

	@Test
	void foreignKeyViolationsOnDb2ResolveColumnsOnBothSides() {
		Cause expected = cause(Kind.FOREIGN_KEY).withSchema("APP")
			.withTable("ORDERS")
			.withConstraint("FK_ORDER_CUSTOMER")
			.withColumns(List.of("CUSTOMER_ID"));
		assertThat(resolve(CATALOG, db2(-530, "23503", "APP.ORDERS.FK_ORDER_CUSTOMER"), null))
			.contains(expected.withReference(Reference.MISSING));
		assertThat(resolve(CATALOG, db2(-532, "23504", "APP.ORDERS.FK_ORDER_CUSTOMER"), null))
			.contains(expected.withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void checkViolationOnDb2ResolvesColumns() {
		assertThat(resolve(CATALOG, db2(-545, "23513", "APP.ORDERS.CK_ORDER_QUANTITY"), null))
			.contains(cause(Kind.CHECK).withSchema("APP")
				.withTable("ORDERS")
				.withConstraint("CK_ORDER_QUANTITY")
				.withColumns(List.of("QUANTITY")));
	}

	@Test
	void deadlockOnDb2ResolvesToNothing() {
		assertThat(resolve(CATALOG, db2(-911, "40001", "2"), null)).isEmpty();
	}

	private static Cause cause(Kind kind) {
		return Cause.of(kind).withDatabase(Database.DB2);
	}

}
