package io.github.rootcause.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.dialect.ConstraintScenarios.Violation;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario matrix on a live, embedded HSQLDB 2.7. HSQLDB names the constraint and its table (a unique index
 * only itself) but never the schema, and the column only for NOT NULL; the resolver adds schema, table and columns
 * from the catalog.
 */
class HsqldbConstraintViolationTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.HSQLDB);

	private final ConstraintScenarios scenarios = new ConstraintScenarios(db);

	@Test
	void uniqueViolationOnHsqldbNamesConstraintAndTableAndTheCatalogAddsTheColumn() throws SQLException {
		assertUnique(this.scenarios.uniqueOnOneColumn(), "UQ_CUSTOMER_EMAIL", "CUSTOMER", "EMAIL");
	}

	@Test
	void uniqueViolationOnHsqldbOfACompositeConstraintResolvesBothColumnsInOrder() throws SQLException {
		assertUnique(this.scenarios.uniqueOnTwoColumns(), "UQ_BOOKING_SLOT", "BOOKING", "ROOM_NO", "SLOT_NO");
	}

	@Test
	void uniqueViolationOnHsqldbNamesTheGeneratedNameOfAnUnnamedConstraint() throws SQLException {
		Violation violation = this.scenarios.uniqueWithoutName();
		String name = this.scenarios.generatedName("VOUCHER", "UNIQUE");
		assertThat(name).startsWith("SYS_CT_");
		assertUnique(violation, name, "VOUCHER", "CODE");
	}

	@Test
	void uniqueViolationOnHsqldbOfALowerCasedGeneratedColumnResolvesThatColumn() throws SQLException {
		assertUnique(this.scenarios.uniqueOnGeneratedColumn(), "UQ_ACCOUNT_EMAIL_LOWER", "ACCOUNT", "EMAIL_LOWER");
	}

	@Test
	void uniqueViolationOnHsqldbOfACreatedUniqueIndexNamesOnlyTheIndexAndTheCatalogAddsTableAndColumn()
			throws SQLException {
		Violation violation = this.scenarios.uniqueIndex();
		assertThat(violation.read()).contains(hsqldb(Kind.UNIQUE).withConstraint("UX_DEVICE_SERIAL"));
		assertThat(this.scenarios.resolve(violation))
			.contains(resolved(Kind.UNIQUE, "UX_DEVICE_SERIAL", "DEVICE", "SERIAL_NO"));
	}

	@Test
	void primaryKeyViolationOnHsqldbNamesTheDeclaredPrimaryKey() throws SQLException {
		assertUnique(this.scenarios.namedPrimaryKey(), "PK_PRODUCT", "PRODUCT", "SKU");
	}

	@Test
	void primaryKeyViolationOnHsqldbNamesTheGeneratedNameOfAnUnnamedPrimaryKey() throws SQLException {
		Violation violation = this.scenarios.primaryKeyWithoutName();
		assertUnique(violation, this.scenarios.generatedName("TICKET", "PRIMARY KEY"), "TICKET", "ID");
	}

	@Test
	void notNullViolationOnHsqldbNamesItsConstraintTableAndColumn() throws SQLException {
		Violation violation = this.scenarios.notNullOnInsert();
		assertNotNull(violation, this.scenarios.generatedName("PERSON", "CHECK"), "PERSON");
	}

	@Test
	void notNullViolationOnHsqldbFromAnUpdateNamesItsConstraintTableAndColumn() throws SQLException {
		Violation violation = this.scenarios.notNullOnUpdate();
		assertNotNull(violation, this.scenarios.generatedName("EMPLOYEE", "CHECK"), "EMPLOYEE");
	}

	@Test
	void notNullViolationOnHsqldbOfAnOmittedColumnNamesItsConstraintTableAndColumn() throws SQLException {
		Violation violation = this.scenarios.notNullOnOmittedColumn();
		assertNotNull(violation, this.scenarios.generatedName("SUBSCRIBER", "CHECK"), "SUBSCRIBER");
	}

	@Test
	void checkViolationOnHsqldbNamesCheckAndTableAndTheCatalogAddsTheColumn() throws SQLException {
		assertCheck(this.scenarios.namedCheck(), "CK_OFFER_PRICE", "OFFER", "PRICE");
	}

	@Test
	void checkViolationOnHsqldbNamesTheGeneratedNameOfAnUnnamedCheck() throws SQLException {
		Violation violation = this.scenarios.checkWithoutName();
		assertCheck(violation, this.scenarios.generatedName("STOCK", "CHECK"), "STOCK", "QUANTITY");
	}

	@Test
	void foreignKeyViolationOnHsqldbFromAnInsertOfAChildSaysTheParentIsMissing() throws SQLException {
		assertForeignKey(this.scenarios.foreignKeyOnInsertOfChild(), "FK_BOOK_SHELF", "BOOK", "SHELF_ID",
				Reference.MISSING);
	}

	@Test
	void foreignKeyViolationOnHsqldbFromAnUpdateOfAChildSaysTheParentIsMissing() throws SQLException {
		assertForeignKey(this.scenarios.foreignKeyOnUpdateOfChild(), "FK_DOCUMENT_FOLDER", "DOCUMENT", "FOLDER_ID",
				Reference.MISSING);
	}

	@Test
	void foreignKeyViolationOnHsqldbFromADeleteOfAParentSaysItIsStillReferencedByTheChildTable()
			throws SQLException {
		assertForeignKey(this.scenarios.foreignKeyOnDeleteOfParent(), "FK_PLAYER_TEAM", "PLAYER", "TEAM_ID",
				Reference.STILL_REFERENCED);
	}

	@Test
	void uniqueViolationOnHsqldbInAJdbcBatchIsReadThroughTheBatchUpdateException() throws SQLException {
		assertUnique(this.scenarios.batchWithOneDuplicate(), "UQ_BATCH_ITEM_CODE", "BATCH_ITEM", "CODE");
	}

	@Test
	void uniqueViolationOnHsqldbInAMultiRowInsertNamesTheConstraint() throws SQLException {
		assertUnique(this.scenarios.multiRowInsert(), "UQ_TAG_LABEL", "TAG", "LABEL");
	}

	@Test
	void uniqueViolationOnHsqldbInAnotherSchemaResolvesThatSchemaFromTheCatalog() throws SQLException {
		String schema = db.createSchema("sales").toUpperCase(Locale.ROOT);
		Violation violation = this.scenarios.uniqueInOtherSchema(schema);
		Cause read = hsqldb(Kind.UNIQUE).withConstraint("UQ_INVOICE_NO").withTable("INVOICE");
		assertThat(violation.read()).contains(read);
		assertThat(this.scenarios.resolve(violation))
			.contains(read.withSchema(schema).withColumns(List.of("INVOICE_NO")));
	}

	@Test
	void uniqueViolationOnHsqldbWithQuotedNonAsciiNamesUnquotesThem() throws SQLException {
		assertUnique(this.scenarios.uniqueOnQuotedNames(), "Uq Order Line Prodüct", "Order Line", "Prodüct");
	}

	@Test
	void checkViolationOnHsqldbWithQuotedNamesReadsTheNamesHsqldbLeavesUnquoted() throws SQLException {
		assertCheck(this.scenarios.checkOnQuotedNames(), "Ck Qty > 0", "Order Line", "Qty");
	}

	@Test
	void foreignKeyViolationOnHsqldbWhoseQuotedNameHoldsTheMarkersReadsItWhole() throws SQLException {
		assertForeignKey(this.scenarios.foreignKeyOnQuotedNames(), "Fk: Kü; table: x", "Kü Child", "Parent Id",
				Reference.MISSING);
	}

	@Test
	void syntaxErrorOnHsqldbIsNoConstraintViolation() throws SQLException {
		assertNoConstraintViolation(this.scenarios.syntaxError().exception(), "42581");
	}

	@Test
	void valueTooLongOnHsqldbIsNoConstraintViolation() throws SQLException {
		assertNoConstraintViolation(this.scenarios.valueTooLong().exception(), "22001");
	}

	@Test
	void numericOverflowOnHsqldbIsNoConstraintViolation() throws SQLException {
		assertNoConstraintViolation(this.scenarios.numericOverflow().exception(), "22003");
	}

	/** HSQLDB waits for locks without a timeout; under MVCC it detects a deadlock and fails one side with 40001. */
	@Test
	void deadlockOnHsqldbIsNoConstraintViolation() throws Exception {
		db.execute("set database transaction control mvcc", "create table seat (id int primary key, holder int)",
				"insert into seat values (1, 0), (2, 0)");
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try (Connection first = db.dataSource().getConnection();
				Connection second = db.dataSource().getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			assertThat((Throwable) take(first, 1)).isNull();
			assertThat((Throwable) take(second, 2)).isNull();
			Future<SQLException> firstWaits = executor.submit(() -> take(first, 2));
			Thread.sleep(200);
			SQLException fromSecond = take(second, 1);
			second.rollback();
			SQLException fromFirst = firstWaits.get(10, TimeUnit.SECONDS);
			first.rollback();
			SQLException deadlock = (fromSecond != null) ? fromSecond : fromFirst;
			assertThat((Throwable) deadlock).isNotNull();
			assertNoConstraintViolation(deadlock, "40001");
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static SQLException take(Connection connection, int seat) {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("update seat set holder = holder + 1 where id = " + seat);
			return null;
		}
		catch (SQLException ex) {
			return ex;
		}
	}

	private void assertUnique(Violation violation, String name, String table, String... columns) {
		Cause read = hsqldb(Kind.UNIQUE).withConstraint(name).withTable(table);
		assertThat(violation.read()).contains(read);
		assertThat(this.scenarios.resolve(violation)).contains(resolved(Kind.UNIQUE, name, table, columns));
	}

	/** HSQLDB names its NOT NULL constraints; the catalog knows them, and adds the schema. */
	private void assertNotNull(Violation violation, String name, String table) {
		Cause read = hsqldb(Kind.NOT_NULL).withConstraint(name).withTable(table).withColumns(List.of("NAME"));
		assertThat(name).startsWith("SYS_CT_");
		assertThat(violation.read()).contains(read);
		assertThat(this.scenarios.resolve(violation)).contains(read.withSchema("PUBLIC"));
	}

	private void assertCheck(Violation violation, String name, String table, String... columns) {
		assertThat(violation.read()).contains(hsqldb(Kind.CHECK).withConstraint(name).withTable(table));
		assertThat(this.scenarios.resolve(violation)).contains(resolved(Kind.CHECK, name, table, columns));
	}

	private void assertForeignKey(Violation violation, String name, String table, String column,
			Reference reference) {
		Cause read = hsqldb(Kind.FOREIGN_KEY).withConstraint(name).withTable(table).withReference(reference);
		assertThat(violation.read()).contains(read);
		assertThat(this.scenarios.resolve(violation))
			.contains(read.withSchema("PUBLIC").withColumns(List.of(column)));
	}

	private void assertNoConstraintViolation(SQLException exception, String sqlState) {
		assertThat(exception.getSQLState()).isEqualTo(sqlState);
		Violation violation = new Violation(exception, null);
		assertThat(violation.read()).isEmpty();
		assertThat(this.scenarios.resolve(violation)).isEmpty();
	}

	private static Cause hsqldb(Kind kind) {
		return Cause.of(kind).withDatabase(Database.HSQLDB);
	}

	private static Cause resolved(Kind kind, String name, String table, String... columns) {
		return hsqldb(kind).withConstraint(name).withSchema("PUBLIC").withTable(table).withColumns(List.of(columns));
	}

}
