package io.github.rootcause.dialect;

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

import static io.github.rootcause.testing.DriverExceptions.sqlServer;
import static io.github.rootcause.testing.DriverExceptions.sqlServerBatch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL Server, from recorded messages: the texts of {@code sys.messages}, thrown as mssql-jdbc builds its
 * exceptions (there is no SQL Server here).
 */
class SqlServerRecordedViolationTest {

	@Test
	void driverExceptionIsDetectedAsSqlServerFromItsClass() {
		SQLException ex = sqlServer(2627, uniqueKey("UQ_customer_email", "dbo.customer", "(a@b.c)"));
		assertThat(ex.getClass().getName()).isEqualTo("com.microsoft.sqlserver.jdbc.SQLServerException");
		assertThat(ex.getSQLState()).isEqualTo("23000");
		assertThat(Dialect.detect(ex)).contains(Database.SQL_SERVER);
	}

	@Test
	void uniqueConstraintViolationOnSqlServerNamesConstraintSchemaAndTable() {
		SQLException ex = sqlServer(2627, uniqueKey("UQ_customer_email", "dbo.customer", "(a@b.c)"));
		assertThat(RootCause.of(ex)).contains(sqlServerCause(Kind.UNIQUE).withConstraint("UQ_customer_email")
			.withSchema("dbo")
			.withTable("customer"));
	}

	@Test
	void primaryKeyViolationOnSqlServerIsUnique() {
		SQLException ex = sqlServer(2627, "Violation of PRIMARY KEY constraint 'PK__customer__3213E83F5D0F5E6A'. "
				+ "Cannot insert duplicate key in object 'dbo.customer'. The duplicate key value is (1).");
		assertThat(RootCause.of(ex))
			.contains(sqlServerCause(Kind.UNIQUE).withConstraint("PK__customer__3213E83F5D0F5E6A")
				.withSchema("dbo")
				.withTable("customer"));
	}

	@Test
	void uniqueConstraintViolationOnSqlServerIsNotConfusedByAValueRepeatingTheMessage() {
		String value = "(x'. Cannot insert duplicate key in object 'evil.table'. The duplicate key value is (y)";
		SQLException ex = sqlServer(2627, uniqueKey("UQ_customer_email", "dbo.customer", value));
		assertThat(RootCause.of(ex)).contains(sqlServerCause(Kind.UNIQUE).withConstraint("UQ_customer_email")
			.withSchema("dbo")
			.withTable("customer"));
	}

	@Test
	void uniqueConstraintViolationOnSqlServerKeepsNamesWithSpacesQuotesAndNonAsciiLetters() {
		SQLException ex = sqlServer(2627, uniqueKey("UQ Kunde \"E-Mail\" Ü", "Verkauf.Kunden Straße", "(x)"));
		assertThat(RootCause.of(ex)).contains(sqlServerCause(Kind.UNIQUE).withConstraint("UQ Kunde \"E-Mail\" Ü")
			.withSchema("Verkauf")
			.withTable("Kunden Straße"));
	}

	@Test
	void uniqueIndexViolationOnSqlServerNamesIndexSchemaAndTable() {
		SQLException ex = sqlServer(2601, "Cannot insert duplicate key row in object 'dbo.customer' with unique "
				+ "index 'ix_customer_email'. The duplicate key value is (a@b.c).");
		assertThat(RootCause.of(ex)).contains(sqlServerCause(Kind.UNIQUE).withConstraint("ix_customer_email")
			.withSchema("dbo")
			.withTable("customer"));
	}

	@Test
	void uniqueIndexViolationOnSqlServerIsNotConfusedByAValueContainingTheMarkers() {
		SQLException ex = sqlServer(2601, "Cannot insert duplicate key row in object 'sales.order line' with "
				+ "unique index 'ix_order_line'. The duplicate key value is (O'Brien' with unique index 'evil'. "
				+ "The duplicate key value is (z), 2).");
		assertThat(RootCause.of(ex)).contains(sqlServerCause(Kind.UNIQUE).withConstraint("ix_order_line")
			.withSchema("sales")
			.withTable("order line"));
	}

	@Test
	void notNullViolationOnSqlServerInsertNamesColumnSchemaAndTable() {
		SQLException ex = sqlServer(515, "Cannot insert the value NULL into column 'email', table "
				+ "'shop.dbo.customer'; column does not allow nulls. INSERT fails.");
		assertThat(RootCause.of(ex)).contains(sqlServerCause(Kind.NOT_NULL).withSchema("dbo")
			.withTable("customer")
			.withColumns(List.of("email")));
	}

	@Test
	void notNullViolationOnSqlServerUpdateNamesColumnSchemaAndTable() {
		SQLException ex = sqlServer(515, "Cannot insert the value NULL into column 'Straße Nr', table "
				+ "'shop.Verkauf.Kunden Ü'; column does not allow nulls. UPDATE fails.");
		assertThat(RootCause.of(ex)).contains(sqlServerCause(Kind.NOT_NULL).withSchema("Verkauf")
			.withTable("Kunden Ü")
			.withColumns(List.of("Straße Nr")));
	}

	@Test
	void foreignKeyViolationOnSqlServerInsertIsMissingReferenceAndKeepsOnlyTheConstraint() {
		SQLException ex = sqlServer(547, "The INSERT statement conflicted with the FOREIGN KEY constraint "
				+ "\"FK_order_customer\". The conflict occurred in database \"shop\", table \"dbo.customer\", "
				+ "column 'id'.");
		assertThat(RootCause.of(ex)).contains(sqlServerCause(Kind.FOREIGN_KEY).withConstraint("FK_order_customer")
			.withReference(Reference.MISSING));
	}

	@Test
	void foreignKeyViolationOnSqlServerUpdateOfTheChildIsMissingReference() {
		SQLException ex = sqlServer(547, "The UPDATE statement conflicted with the FOREIGN KEY constraint "
				+ "\"FK_order_customer\". The conflict occurred in database \"shop\", table \"dbo.customer\", "
				+ "column 'id'.");
		assertThat(RootCause.of(ex)).contains(sqlServerCause(Kind.FOREIGN_KEY).withConstraint("FK_order_customer")
			.withReference(Reference.MISSING));
	}

	@Test
	void foreignKeyViolationOnSqlServerDeleteIsStillReferencedAndNamesTheReferencingTableAndColumn() {
		SQLException ex = sqlServer(547, "The DELETE statement conflicted with the REFERENCE constraint "
				+ "\"FK_order_customer\". The conflict occurred in database \"shop\", table \"dbo.orders\", "
				+ "column 'customer_id'.");
		assertThat(RootCause.of(ex)).contains(sqlServerCause(Kind.FOREIGN_KEY).withConstraint("FK_order_customer")
			.withReference(Reference.STILL_REFERENCED)
			.withSchema("dbo")
			.withTable("orders")
			.withColumns(List.of("customer_id")));
	}

	@Test
	void foreignKeyViolationOnSqlServerUpdateOfTheParentIsStillReferenced() {
		SQLException ex = sqlServer(547, "The UPDATE statement conflicted with the REFERENCE constraint "
				+ "\"FK_order_customer\". The conflict occurred in database \"shop\", table \"dbo.orders\", "
				+ "column 'customer_id'.");
		assertThat(RootCause.of(ex)).contains(sqlServerCause(Kind.FOREIGN_KEY).withConstraint("FK_order_customer")
			.withReference(Reference.STILL_REFERENCED)
			.withSchema("dbo")
			.withTable("orders")
			.withColumns(List.of("customer_id")));
	}

	@Test
	void selfReferencingForeignKeyViolationsOnSqlServerTellTheSideFromTheSameTableWording() {
		SQLException missing = sqlServer(547, "The INSERT statement conflicted with the FOREIGN KEY SAME TABLE "
				+ "constraint \"FK_employee_manager\". The conflict occurred in database \"shop\", table "
				+ "\"dbo.employee\", column 'id'.");
		SQLException referenced = sqlServer(547, "The DELETE statement conflicted with the SAME TABLE REFERENCE "
				+ "constraint \"FK_employee_manager\". The conflict occurred in database \"shop\", table "
				+ "\"dbo.employee\", column 'manager_id'.");
		assertThat(RootCause.of(missing)).contains(sqlServerCause(Kind.FOREIGN_KEY)
			.withConstraint("FK_employee_manager")
			.withReference(Reference.MISSING));
		assertThat(RootCause.of(referenced)).contains(sqlServerCause(Kind.FOREIGN_KEY)
			.withConstraint("FK_employee_manager")
			.withReference(Reference.STILL_REFERENCED)
			.withSchema("dbo")
			.withTable("employee")
			.withColumns(List.of("manager_id")));
	}

	@Test
	void multiColumnForeignKeyViolationOnSqlServerDeleteHasNoColumnPart() {
		SQLException ex = sqlServer(547, "The DELETE statement conflicted with the REFERENCE constraint "
				+ "\"FK_line_order\". The conflict occurred in database \"shop\", table \"sales.order line\".");
		assertThat(RootCause.of(ex)).contains(sqlServerCause(Kind.FOREIGN_KEY).withConstraint("FK_line_order")
			.withReference(Reference.STILL_REFERENCED)
			.withSchema("sales")
			.withTable("order line"));
	}

	@Test
	void checkViolationOnSqlServerNamesConstraintTableAndColumn() {
		SQLException ex = sqlServer(547, "The UPDATE statement conflicted with the CHECK constraint "
				+ "\"CK_order_quantity\". The conflict occurred in database \"shop\", table \"dbo.orders\", "
				+ "column 'quantity'.");
		assertThat(RootCause.of(ex)).contains(sqlServerCause(Kind.CHECK).withConstraint("CK_order_quantity")
			.withSchema("dbo")
			.withTable("orders")
			.withColumns(List.of("quantity")));
	}

	@Test
	void tableLevelCheckViolationOnSqlServerNamesConstraintAndTable() {
		SQLException ex = sqlServer(547, "The INSERT statement conflicted with the CHECK constraint "
				+ "\"CK_booking_dates\". The conflict occurred in database \"shop\", table \"dbo.booking\".");
		assertThat(RootCause.of(ex)).contains(sqlServerCause(Kind.CHECK).withConstraint("CK_booking_dates")
			.withSchema("dbo")
			.withTable("booking"));
	}

	@Test
	void batchUpdateExceptionOnSqlServerIsDetectedFromTheDriverFrameThatThrewIt() {
		BatchUpdateException batch = sqlServerBatch(2627,
				uniqueKey("UQ_customer_email", "dbo.customer", "(a@b.c)"));
		assertThat(batch.getCause()).isNull();
		assertThat(Dialect.detect(batch)).contains(Database.SQL_SERVER);
		assertThat(RootCause.of(new RuntimeException(batch)))
			.contains(sqlServerCause(Kind.UNIQUE).withConstraint("UQ_customer_email")
				.withSchema("dbo")
				.withTable("customer"));
	}

	@Test
	void truncatedMessagesOnSqlServerGiveTheKindOnly() {
		assertThat(RootCause.of(sqlServer(2627, "Violation of UNIQUE KEY constraint 'UQ_cus")))
			.contains(sqlServerCause(Kind.UNIQUE));
		assertThat(RootCause.of(sqlServer(515, "Cannot insert the value NULL into column 'em")))
			.contains(sqlServerCause(Kind.NOT_NULL));
		assertThat(RootCause.of(sqlServer(547, "The INSERT statement conflicted with the FOREIGN KEY constraint "
				+ "\"FK_or")))
			.contains(sqlServerCause(Kind.FOREIGN_KEY).withReference(Reference.MISSING));
	}

	@Test
	void nullAndHugeMessagesOnSqlServerNeverThrow() {
		Dialect sqlServer = Dialect.of(Database.SQL_SERVER);
		assertThat(sqlServer.read(new SQLException(null, "23000", 2601))).contains(sqlServerCause(Kind.UNIQUE));
		assertThat(sqlServer.read(new SQLException(null, "23000", 547))).isEmpty();
		String huge = "Violation of UNIQUE KEY constraint '" + "x".repeat(1_000_000);
		assertThat(sqlServer.read(new SQLException(huge, "23000", 2627))).contains(sqlServerCause(Kind.UNIQUE));
	}

	@Test
	void deadlockOnSqlServerIsNotAConstraintViolation() {
		SQLException ex = sqlServer(1205, "Transaction (Process ID 57) was deadlocked on lock resources with "
				+ "another process and has been chosen as the deadlock victim. Rerun the transaction.");
		assertThat(ex.getSQLState()).isEqualTo("40001");
		assertNothing(ex);
	}

	@Test
	void truncationOnSqlServerIsNotAConstraintViolation() {
		assertNothing(sqlServer(8152, "String or binary data would be truncated."));
		assertNothing(sqlServer(2628, "String or binary data would be truncated in table 'shop.dbo.customer', "
				+ "column 'email'. Truncated value: 'Violation of UNIQUE KEY constraint 'x''."));
	}

	@Test
	void otherErrorsOnSqlServerThatMentionConstraintsAreNotViolations() {
		assertNothing(sqlServer(3728, "'UQ_customer_email' is not a constraint."));
		assertNothing(sqlServer(208, "Invalid object name 'The INSERT statement conflicted with the CHECK "
				+ "constraint \"x\"'."));
	}

	private static String uniqueKey(String constraint, String object, String value) {
		return "Violation of UNIQUE KEY constraint '" + constraint + "'. Cannot insert duplicate key in object '"
				+ object + "'. The duplicate key value is " + value + ".";
	}

	private static void assertNothing(SQLException ex) {
		assertThat(RootCause.of(ex)).isEqualTo(Optional.empty());
	}

	private static Cause sqlServerCause(Kind kind) {
		return Cause.of(kind).withDatabase(Database.SQL_SERVER);
	}

}
