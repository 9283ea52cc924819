package io.github.rootcause;

import java.util.List;

import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.Constraint;
import org.junit.jupiter.api.Test;

import static io.github.rootcause.RecordedResolve.resolve;
import static io.github.rootcause.testing.DriverExceptions.sqlServer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL Server resolve, from recorded messages and a catalog as {@code SqlServerCatalogReader} reads it (there is
 * no SQL Server here).
 */
class SqlServerRecordedResolveTest {

	private static final Catalog CATALOG = Catalog.of(Database.SQL_SERVER, "dbo", List.of(
			new Constraint("dbo", "customer", "PK_customer", Kind.UNIQUE, List.of("id"), null),
			new Constraint("dbo", "customer", "UQ_customer_email", Kind.UNIQUE, List.of("email"), null),
			new Constraint("dbo", "customer", "ix_customer_name", Kind.UNIQUE, List.of("last_name", "first_name"),
					null),
			new Constraint("dbo", "orders", "FK_order_customer", Kind.FOREIGN_KEY, List.of("customer_id"),
					"customer"),
			new Constraint("dbo", "orders", "CK_order_quantity", Kind.CHECK, List.of("quantity"), null),
			new Constraint("dbo", "booking", "CK_booking_dates", Kind.CHECK, List.of(), null)));

	@Test
	void uniqueConstraintViolationOnSqlServerResolvesColumns() {
		assertThat(resolve(CATALOG, sqlServer(2627, "Violation of UNIQUE KEY constraint 'UQ_customer_email'. "
				+ "Cannot insert duplicate key in object 'dbo.customer'. The duplicate key value is (a@b.c)."), null))
			.contains(cause(Kind.UNIQUE).withConstraint("UQ_customer_email")
				.withSchema("dbo")
				.withTable("customer")
				.withColumns(List.of("email")));
	}

	@Test
	void uniqueIndexViolationOnSqlServerResolvesColumnsInIndexOrder() {
		assertThat(resolve(CATALOG, sqlServer(2601, "Cannot insert duplicate key row in object 'dbo.customer' "
				+ "with unique index 'ix_customer_name'. The duplicate key value is (Doe, Jane)."), null))
			.contains(cause(Kind.UNIQUE).withConstraint("ix_customer_name")
				.withSchema("dbo")
				.withTable("customer")
				.withColumns(List.of("last_name", "first_name")));
	}

	@Test
	void notNullViolationOnSqlServerIsCompleteWithoutTheCatalog() {
		assertThat(resolve(CATALOG, sqlServer(515, "Cannot insert the value NULL into column 'email', table "
				+ "'shop.dbo.customer'; column does not allow nulls. INSERT fails."), null))
			.contains(cause(Kind.NOT_NULL).withSchema("dbo").withTable("customer").withColumns(List.of("email")));
	}

	@Test
	void foreignKeyViolationOnSqlServerInsertResolvesTheReferencingTableAndColumns() {
		assertThat(resolve(CATALOG, sqlServer(547, "The INSERT statement conflicted with the FOREIGN KEY "
				+ "constraint \"FK_order_customer\". The conflict occurred in database \"shop\", table "
				+ "\"dbo.customer\", column 'id'."), null))
			.contains(cause(Kind.FOREIGN_KEY).withConstraint("FK_order_customer")
				.withReference(Reference.MISSING)
				.withSchema("dbo")
				.withTable("orders")
				.withColumns(List.of("customer_id")));
	}

	@Test
	void foreignKeyViolationOnSqlServerDeleteIsCompleteWithoutTheCatalog() {
		assertThat(resolve(CATALOG, sqlServer(547, "The DELETE statement conflicted with the REFERENCE "
				+ "constraint \"FK_order_customer\". The conflict occurred in database \"shop\", table "
				+ "\"dbo.orders\", column 'customer_id'."), null))
			.contains(cause(Kind.FOREIGN_KEY).withConstraint("FK_order_customer")
				.withReference(Reference.STILL_REFERENCED)
				.withSchema("dbo")
				.withTable("orders")
				.withColumns(List.of("customer_id")));
	}

	@Test
	void tableLevelCheckViolationOnSqlServerHasNoColumnsToResolve() {
		assertThat(resolve(CATALOG, sqlServer(547, "The INSERT statement conflicted with the CHECK constraint "
				+ "\"CK_booking_dates\". The conflict occurred in database \"shop\", table \"dbo.booking\"."), null))
			.contains(cause(Kind.CHECK).withConstraint("CK_booking_dates").withSchema("dbo").withTable("booking"));
	}

	@Test
	void deadlockOnSqlServerResolvesToNothing() {
		assertThat(resolve(CATALOG, sqlServer(1205, "Transaction (Process ID 57) was deadlocked on lock resources "
				+ "with another process and has been chosen as the deadlock victim. Rerun the transaction."), null))
			.isEmpty();
	}

	private static Cause cause(Kind kind) {
		return Cause.of(kind).withDatabase(Database.SQL_SERVER);
	}

}
