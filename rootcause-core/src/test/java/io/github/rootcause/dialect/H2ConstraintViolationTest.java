package io.github.rootcause.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.dialect.ConstraintScenarios.Violation;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario matrix on a live, embedded H2 2.x. H2 names the violated constraint with its schema, table and
 * columns for unique and foreign key violations, so {@code of} alone is complete there; a check names only the
 * constraint and a not-null violation only the column, and the resolver adds the rest where the catalog or the
 * statement tells it.
 */
class H2ConstraintViolationTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.H2);

	private final ConstraintScenarios scenarios = new ConstraintScenarios(db);

	@Test
	void uniqueViolationOnH2NamesTheDeclaredConstraintRatherThanItsBackingIndex() throws SQLException {
		Violation violation = this.scenarios.uniqueOnOneColumn();
		Cause expected = unique("UQ_CUSTOMER_EMAIL", "CUSTOMER", "EMAIL");
		assertThat(violation.read()).contains(expected);
		assertThat(this.scenarios.resolve(violation)).contains(expected);
	}

	@Test
	void uniqueViolationOnH2NamesBothColumnsOfACompositeConstraintInOrder() throws SQLException {
		Violation violation = this.scenarios.uniqueOnTwoColumns();
		Cause expected = unique("UQ_BOOKING_SLOT", "BOOKING", "ROOM_NO", "SLOT_NO");
		assertThat(violation.read()).contains(expected);
		assertThat(this.scenarios.resolve(violation)).contains(expected);
	}

	@Test
	void uniqueViolationOnH2NamesTheGeneratedNameOfAnUnnamedConstraint() throws SQLException {
		Violation violation = this.scenarios.uniqueWithoutName();
		Cause expected = unique(this.scenarios.generatedName("VOUCHER", "UNIQUE"), "VOUCHER", "CODE");
		assertThat(expected.constraint()).hasValueSatisfying((name) -> assertThat(name).startsWith("CONSTRAINT_"));
		assertThat(violation.read()).contains(expected);
		assertThat(this.scenarios.resolve(violation)).contains(expected);
	}

	@Test
	void uniqueViolationOnH2OfALowerCasedGeneratedColumnNamesThatColumn() throws SQLException {
		Violation violation = this.scenarios.uniqueOnGeneratedColumn();
		Cause expected = unique("UQ_ACCOUNT_EMAIL_LOWER", "ACCOUNT", "EMAIL_LOWER");
		assertThat(violation.read()).contains(expected);
		assertThat(this.scenarios.resolve(violation)).contains(expected);
	}

	@Test
	void uniqueViolationOnH2OfACreatedUniqueIndexNamesTheIndex() throws SQLException {
		Violation violation = this.scenarios.uniqueIndex();
		Cause expected = unique("UX_DEVICE_SERIAL", "DEVICE", "SERIAL_NO");
		assertThat(violation.read()).contains(expected);
		assertThat(this.scenarios.resolve(violation)).contains(expected);
	}

	@Test
	void primaryKeyViolationOnH2NamesTheDeclaredPrimaryKey() throws SQLException {
		Violation violation = this.scenarios.namedPrimaryKey();
		Cause expected = unique("PK_PRODUCT", "PRODUCT", "SKU");
		assertThat(violation.read()).contains(expected);
		assertThat(this.scenarios.resolve(violation)).contains(expected);
	}

	@Test
	void primaryKeyViolationOnH2NamesTheGeneratedNameOfAnUnnamedPrimaryKey() throws SQLException {
		Violation violation = this.scenarios.primaryKeyWithoutName();
		Cause expected = unique(this.scenarios.generatedName("TICKET", "PRIMARY KEY"), "TICKET", "ID");
		assertThat(violation.read()).contains(expected);
		assertThat(this.scenarios.resolve(violation)).contains(expected);
	}

	@Test
	void notNullViolationOnH2NamesOnlyTheColumnAndTheStatementAddsTheTable() throws SQLException {
		Violation violation = this.scenarios.notNullOnInsert();
		Cause read = h2(Kind.NOT_NULL).withColumns(List.of("NAME"));
		assertThat(violation.read()).contains(read);
		assertThat(this.scenarios.resolve(violation)).contains(read);
		assertThat(this.scenarios.resolveWithStatement(violation)).contains(read.withTable("PERSON"));
	}

	@Test
	void notNullViolationOnH2FromAnUpdateNamesTheColumn() throws SQLException {
		Violation violation = this.scenarios.notNullOnUpdate();
		Cause read = h2(Kind.NOT_NULL).withColumns(List.of("NAME"));
		assertThat(violation.read()).contains(read);
		assertThat(this.scenarios.resolve(violation)).contains(read);
		assertThat(this.scenarios.resolveWithStatement(violation)).contains(read.withTable("EMPLOYEE"));
	}

	@Test
	void notNullViolationOnH2OfAnOmittedColumnNamesTheColumn() throws SQLException {
		Violation violation = this.scenarios.notNullOnOmittedColumn();
		Cause read = h2(Kind.NOT_NULL).withColumns(List.of("NAME"));
		assertThat(violation.read()).contains(read);
		assertThat(this.scenarios.resolveWithStatement(violation)).contains(read.withTable("SUBSCRIBER"));
	}

	@Test
	void checkViolationOnH2NamesTheCheckAndTheCatalogAddsItsTableAndColumns() throws SQLException {
		Violation violation = this.scenarios.namedCheck();
		assertThat(violation.read()).contains(h2(Kind.CHECK).withConstraint("CK_OFFER_PRICE"));
		assertThat(this.scenarios.resolve(violation))
			.contains(check("CK_OFFER_PRICE", "OFFER", "PRICE"));
	}

	@Test
	void checkViolationOnH2NamesTheGeneratedNameOfAnUnnamedCheck() throws SQLException {
		Violation violation = this.scenarios.checkWithoutName();
		String name = this.scenarios.generatedName("STOCK", "CHECK");
		assertThat(violation.read()).contains(h2(Kind.CHECK).withConstraint(name));
		assertThat(this.scenarios.resolve(violation)).contains(check(name, "STOCK", "QUANTITY"));
	}

	@Test
	void foreignKeyViolationOnH2FromAnInsertOfAChildSaysTheParentIsMissing() throws SQLException {
		Violation violation = this.scenarios.foreignKeyOnInsertOfChild();
		Cause expected = foreignKey("FK_BOOK_SHELF", "BOOK", "SHELF_ID", Reference.MISSING);
		assertThat(violation.read()).contains(expected);
		assertThat(this.scenarios.resolve(violation)).contains(expected);
	}

	@Test
	void foreignKeyViolationOnH2FromAnUpdateOfAChildSaysTheParentIsMissing() throws SQLException {
		Violation violation = this.scenarios.foreignKeyOnUpdateOfChild();
		Cause expected = foreignKey("FK_DOCUMENT_FOLDER", "DOCUMENT", "FOLDER_ID", Reference.MISSING);
		assertThat(violation.read()).contains(expected);
		assertThat(this.scenarios.resolve(violation)).contains(expected);
	}

	@Test
	void foreignKeyViolationOnH2FromADeleteOfAParentSaysItIsStillReferencedByTheChildTable() throws SQLException {
		Violation violation = this.scenarios.foreignKeyOnDeleteOfParent();
		Cause expected = foreignKey("FK_PLAYER_TEAM", "PLAYER", "TEAM_ID", Reference.STILL_REFERENCED);
		assertThat(violation.read()).contains(expected);
		assertThat(this.scenarios.resolve(violation)).contains(expected);
	}

	@Test
	void uniqueViolationOnH2InAJdbcBatchIsReadThroughTheBatchUpdateException() throws SQLException {
		Violation violation = this.scenarios.batchWithOneDuplicate();
		Cause expected = unique("UQ_BATCH_ITEM_CODE", "BATCH_ITEM", "CODE");
		assertThat(violation.read()).contains(expected);
		assertThat(this.scenarios.resolve(violation)).contains(expected);
	}

	@Test
	void uniqueViolationOnH2InAMultiRowInsertNamesTheConstraint() throws SQLException {
		Violation violation = this.scenarios.multiRowInsert();
		Cause expected = unique("UQ_TAG_LABEL", "TAG", "LABEL");
		assertThat(violation.read()).contains(expected);
		assertThat(this.scenarios.resolve(violation)).contains(expected);
	}

	@Test
	void uniqueViolationOnH2InAnotherSchemaNamesThatSchema() throws SQLException {
		String schema = db.createSchema("sales").toUpperCase(Locale.ROOT);
		Violation violation = this.scenarios.uniqueInOtherSchema(schema);
		Cause expected = unique("UQ_INVOICE_NO", "INVOICE", "INVOICE_NO").withSchema(schema);
		assertThat(violation.read()).contains(expected);
		assertThat(this.scenarios.resolve(violation)).contains(expected);
	}

	@Test
	void uniqueViolationOnH2WithQuotedNonAsciiNamesUnescapesThem() throws SQLException {
		Violation violation = this.scenarios.uniqueOnQuotedNames();
		Cause expected = unique("Uq Order Line Prodüct", "Order Line", "Prodüct");
		assertThat(violation.read()).contains(expected);
		assertThat(this.scenarios.resolve(violation)).contains(expected);
	}

	@Test
	void checkViolationOnH2WithQuotedNamesNamesTheCheckAsDeclared() throws SQLException {
		Violation violation = this.scenarios.checkOnQuotedNames();
		assertThat(violation.read()).contains(h2(Kind.CHECK).withConstraint("Ck Qty > 0"));
		assertThat(this.scenarios.resolve(violation)).contains(check("Ck Qty > 0", "Order Line", "Qty"));
	}

	@Test
	void foreignKeyViolationOnH2WhoseQuotedNameHoldsTheSeparatorNamesTheChildTable() throws SQLException {
		Violation violation = this.scenarios.foreignKeyOnQuotedNames();
		Cause expected = foreignKey("Fk: Kü; table: x", "Kü Child", "Parent Id", Reference.MISSING);
		assertThat(violation.read()).contains(expected);
		assertThat(this.scenarios.resolve(violation)).contains(expected);
	}

	@Test
	void primaryKeyViolationInTheFormatOfH2Before24IsNamedFromTheCatalogByItsColumns() throws SQLException {
		db.execute("create table receipt (id int primary key)");
		Violation violation = recordedBefore24("PRIMARY KEY ON PUBLIC.RECEIPT(ID) ( /* key:1 */ 1)");
		assertThat(violation.read()).contains(h2(Kind.UNIQUE).withSchema("PUBLIC")
			.withTable("RECEIPT")
			.withColumns(List.of("ID")));
		assertThat(this.scenarios.resolve(violation))
			.contains(unique(this.scenarios.generatedName("RECEIPT", "PRIMARY KEY"), "RECEIPT", "ID"));
	}

	/**
	 * H2 2.3 (Spring Boot 3.5's) named only the index behind a unique constraint: the exception alone tells the
	 * index, the resolver the constraint it backs, which is the name users declare and match.
	 */
	@Test
	void uniqueViolationInTheFormatOfH2Before24ResolvesToTheConstraintBehindTheBackingIndex() throws SQLException {
		db.execute("create table coupon (code varchar(20) constraint uq_coupon_code unique)");
		db.execute("create table gift_card (code varchar(20))");
		db.execute("create unique index ux_gift_card_code on gift_card (code)");
		String index = backingIndex("UQ_COUPON_CODE");
		Violation violation = recordedBefore24(
				"PUBLIC." + index + " ON PUBLIC.COUPON(CODE NULLS FIRST) VALUES ( /* 1 */ 'X' )");
		assertThat(violation.read()).contains(unique(index, "COUPON", "CODE"));
		assertThat(this.scenarios.resolve(violation)).contains(unique("UQ_COUPON_CODE", "COUPON", "CODE"));
		Violation plainIndex = recordedBefore24(
				"PUBLIC.UX_GIFT_CARD_CODE ON PUBLIC.GIFT_CARD(CODE NULLS FIRST) VALUES ( /* 1 */ 'X' )");
		assertThat(this.scenarios.resolve(plainIndex)).contains(unique("UX_GIFT_CARD_CODE", "GIFT_CARD", "CODE"));
	}

	@Test
	void syntaxErrorOnH2IsNoConstraintViolation() throws SQLException {
		assertNoConstraintViolation(this.scenarios.syntaxError(), "42001");
	}

	@Test
	void valueTooLongOnH2IsNoConstraintViolation() throws SQLException {
		assertNoConstraintViolation(this.scenarios.valueTooLong(), "22001");
	}

	@Test
	void numericOverflowOnH2IsNoConstraintViolation() throws SQLException {
		assertNoConstraintViolation(this.scenarios.numericOverflow(), "22003");
	}

	@Test
	void lockTimeoutOnH2IsNoConstraintViolation() throws SQLException {
		db.execute("create table counter (id int primary key, hits int)", "insert into counter values (1, 0)");
		try (Connection holder = db.dataSource().getConnection()) {
			holder.setAutoCommit(false);
			try (Statement statement = holder.createStatement()) {
				statement.executeUpdate("update counter set hits = 1 where id = 1");
			}
			SQLException exception = db.violation((connection) -> {
				try (Statement statement = connection.createStatement()) {
					statement.execute("set lock_timeout 100");
					statement.executeUpdate("update counter set hits = 2 where id = 1");
				}
			});
			holder.rollback();
			assertNoConstraintViolation(new Violation(exception, null), "HYT00");
			assertThat(exception.getErrorCode()).isEqualTo(50200);
		}
	}

	/** A unique violation as H2 2.3.232 reported it, built the way H2 builds its exceptions. */
	private static Violation recordedBefore24(String parameter) {
		String sql = "insert into t values (1)";
		return new Violation(new JdbcSQLIntegrityConstraintViolationException(
				"Unique index or primary key violation: \"" + parameter + "\"", sql, "23505", 23505, null, null), sql);
	}

	private static String backingIndex(String constraint) throws SQLException {
		try (Connection connection = db.dataSource().getConnection();
				PreparedStatement statement = connection.prepareStatement(
						"select INDEX_NAME from INFORMATION_SCHEMA.TABLE_CONSTRAINTS where CONSTRAINT_NAME = ?")) {
			statement.setString(1, constraint);
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).isTrue();
				return rows.getString(1);
			}
		}
	}

	private void assertNoConstraintViolation(Violation violation, String sqlState) {
		assertThat(violation.exception().getSQLState()).isEqualTo(sqlState);
		assertThat(violation.read()).isEmpty();
		assertThat(this.scenarios.resolve(violation)).isEmpty();
	}

	private static Cause h2(Kind kind) {
		return Cause.of(kind).withDatabase(Database.H2);
	}

	private static Cause unique(String name, String table, String... columns) {
		return h2(Kind.UNIQUE).withConstraint(name).withSchema("PUBLIC").withTable(table).withColumns(List.of(columns));
	}

	private static Cause check(String name, String table, String... columns) {
		return h2(Kind.CHECK).withConstraint(name).withSchema("PUBLIC").withTable(table).withColumns(List.of(columns));
	}

	private static Cause foreignKey(String name, String table, String column, Reference reference) {
		return h2(Kind.FOREIGN_KEY).withConstraint(name)
			.withSchema("PUBLIC")
			.withTable(table)
			.withColumns(List.of(column))
			.withReference(reference);
	}

}
