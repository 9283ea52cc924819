package io.github.rootcause.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario matrix on a live embedded Apache Derby: what {@link RootCause#of(Throwable)} reads from each
 * violation and what the resolver adds from the catalog. Derby has neither partial nor expression indexes.
 */
class DerbyConstraintViolationTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.DERBY);

	@Test
	void uniqueViolationOnDerbyNamesTheConstraintAndTableAndResolveAddsTheColumn() throws SQLException {
		db.execute("create table customer (id int primary key, email varchar(50) constraint uq_customer_email unique)",
				"insert into customer values (1, 'a@example.com')");
		SQLException ex = db.violation("insert into customer values (2, 'a@example.com')");
		Cause read = derby(Kind.UNIQUE).withConstraint("UQ_CUSTOMER_EMAIL").withTable("CUSTOMER");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withSchema("APP").withColumns(List.of("EMAIL")));
	}

	@Test
	void compositeUniqueViolationOnDerbyResolvesBothColumnsInOrder() throws SQLException {
		db.execute("create table seat (id int primary key, row_no int, seat_no int, "
				+ "constraint uq_seat unique (row_no, seat_no))", "insert into seat values (1, 1, 1)");
		SQLException ex = db.violation("insert into seat values (2, 1, 1)");
		Cause read = derby(Kind.UNIQUE).withConstraint("UQ_SEAT").withTable("SEAT");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withSchema("APP").withColumns(List.of("ROW_NO", "SEAT_NO")));
	}

	@Test
	void unnamedUniqueViolationOnDerbyNamesTheGeneratedConstraint() throws SQLException {
		db.execute("create table tag (id int primary key, label varchar(20) unique)", "insert into tag values (1, 'x')");
		SQLException ex = db.violation("insert into tag values (2, 'x')");
		String generated = constraintName("TAG", "U");
		assertThat(generated).startsWith("SQL");
		Cause read = derby(Kind.UNIQUE).withConstraint(generated).withTable("TAG");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withSchema("APP").withColumns(List.of("LABEL")));
	}

	@Test
	void uniqueIndexViolationOnDerbyNamesTheIndex() throws SQLException {
		db.execute("create table product (id int primary key, sku varchar(20))",
				"create unique index ix_product_sku on product (sku)", "insert into product values (1, 'p-1')");
		SQLException ex = db.violation("insert into product values (2, 'p-1')");
		Cause read = derby(Kind.UNIQUE).withConstraint("IX_PRODUCT_SKU").withTable("PRODUCT");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withSchema("APP").withColumns(List.of("SKU")));
	}

	@Test
	void primaryKeyViolationOnDerbyIsUniqueOnTheKeyColumns() throws SQLException {
		db.execute("create table line (order_id int, line_no int, constraint pk_line primary key (order_id, line_no))",
				"create table invoice (id int primary key)", "insert into line values (1, 1)",
				"insert into invoice values (1)");
		SQLException named = db.violation("insert into line values (1, 1)");
		Cause read = derby(Kind.UNIQUE).withConstraint("PK_LINE").withTable("LINE");
		assertThat(RootCause.of(named)).contains(read);
		assertThat(resolve(named)).contains(read.withSchema("APP").withColumns(List.of("ORDER_ID", "LINE_NO")));
		SQLException unnamed = db.violation("insert into invoice values (1)");
		Cause generated = derby(Kind.UNIQUE).withConstraint(constraintName("INVOICE", "P")).withTable("INVOICE");
		assertThat(RootCause.of(unnamed)).contains(generated);
		assertThat(resolve(unnamed)).contains(generated.withSchema("APP").withColumns(List.of("ID")));
	}

	@Test
	void notNullViolationOnDerbyNamesTheColumnOnInsertUpdateAndOmittedColumn() throws SQLException {
		db.execute("create table member (id int primary key, nick varchar(20) not null)",
				"insert into member values (1, 'n')");
		String insert = "insert into member values (2, null)";
		String update = "update member set nick = null where id = 1";
		String omitted = "insert into member (id) values (3)";
		for (String sql : List.of(insert, update, omitted)) {
			SQLException ex = db.violation(sql);
			Cause read = derby(Kind.NOT_NULL).withColumns(List.of("NICK"));
			assertThat(RootCause.of(ex)).as(sql).contains(read);
			assertThat(resolve(ex)).as(sql).contains(read);
			assertThat(resolve(ex, sql)).as(sql).contains(read.withTable("MEMBER"));
		}
	}

	@Test
	void checkViolationOnDerbyNamesTheConstraintAndQualifiedTable() throws SQLException {
		db.execute("create table price (id int primary key, amount int constraint ck_price_amount check (amount > 0))");
		SQLException ex = db.violation("insert into price values (1, -5)");
		Cause read = derby(Kind.CHECK).withConstraint("CK_PRICE_AMOUNT").withSchema("APP").withTable("PRICE");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withColumns(List.of("AMOUNT")));
	}

	@Test
	void unnamedCheckViolationOnDerbyNamesTheGeneratedConstraint() throws SQLException {
		db.execute("create table stock (id int primary key, quantity int check (quantity >= 0))");
		SQLException ex = db.violation("insert into stock values (1, -1)");
		Cause read = derby(Kind.CHECK).withConstraint(constraintName("STOCK", "C")).withSchema("APP")
			.withTable("STOCK");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withColumns(List.of("QUANTITY")));
	}

	@Test
	void foreignKeyViolationOnDerbyTellsTheSideFromTheVerbAndResolveNamesTheChild() throws SQLException {
		db.execute("create table author (id int primary key)",
				"create table book (id int primary key, author_id int constraint fk_book_author references author (id))",
				"insert into author values (1)", "insert into book values (1, 1)");
		Cause child = derby(Kind.FOREIGN_KEY).withConstraint("FK_BOOK_AUTHOR").withTable("BOOK");
		Cause resolved = child.withSchema("APP").withColumns(List.of("AUTHOR_ID"));

		SQLException insert = db.violation("insert into book values (2, 99)");
		assertThat(RootCause.of(insert)).contains(child.withReference(Reference.MISSING));
		assertThat(resolve(insert)).contains(resolved.withReference(Reference.MISSING));

		SQLException updateChild = db.violation("update book set author_id = 99 where id = 1");
		assertThat(RootCause.of(updateChild)).contains(child);
		assertThat(resolve(updateChild)).contains(resolved.withReference(Reference.MISSING));

		SQLException delete = db.violation("delete from author where id = 1");
		assertThat(RootCause.of(delete)).as("Derby names the parent, which is not the foreign key's table")
			.contains(derby(Kind.FOREIGN_KEY).withConstraint("FK_BOOK_AUTHOR").withReference(Reference.STILL_REFERENCED));
		assertThat(resolve(delete)).contains(resolved.withReference(Reference.STILL_REFERENCED));

		Cause parent = derby(Kind.FOREIGN_KEY).withConstraint("FK_BOOK_AUTHOR").withTable("AUTHOR");
		SQLException updateParent = db.violation("update author set id = 2 where id = 1");
		assertThat(RootCause.of(updateParent)).contains(parent);
		assertThat(resolve(updateParent)).contains(resolved.withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void batchWithOneDuplicateOnDerbyNamesTheConstraint() throws SQLException {
		db.execute("create table ticket (id int primary key, code varchar(10) constraint uq_ticket_code unique)",
				"insert into ticket values (1, 'A')");
		SQLException ex = db.violation((connection) -> {
			try (PreparedStatement insert = connection.prepareStatement("insert into ticket values (?, ?)")) {
				for (Object[] row : new Object[][] { { 2, "B" }, { 3, "A" }, { 4, "C" } }) {
					insert.setInt(1, (Integer) row[0]);
					insert.setString(2, (String) row[1]);
					insert.addBatch();
				}
				insert.executeBatch();
			}
		});
		assertThat((Throwable) ex).isInstanceOf(java.sql.BatchUpdateException.class);
		Cause read = derby(Kind.UNIQUE).withConstraint("UQ_TICKET_CODE").withTable("TICKET");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withSchema("APP").withColumns(List.of("CODE")));
	}

	@Test
	void multiRowInsertOnDerbyNamesTheConstraint() throws SQLException {
		db.execute("create table badge (id int primary key, holder varchar(10) constraint uq_badge_holder unique)");
		SQLException ex = db.violation("insert into badge values (1, 'x'), (2, 'y'), (3, 'x')");
		Cause read = derby(Kind.UNIQUE).withConstraint("UQ_BADGE_HOLDER").withTable("BADGE");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withSchema("APP").withColumns(List.of("HOLDER")));
	}

	@Test
	void uniqueViolationInAnotherSchemaOnDerbyResolvesThatSchema() throws SQLException {
		String schema = db.createSchema("other").toUpperCase(java.util.Locale.ROOT);
		db.execute("create table " + schema + ".account (id int primary key, iban varchar(34) "
				+ "constraint uq_account_iban unique)", "insert into " + schema + ".account values (1, 'DE1')");
		SQLException ex = db.violation("insert into " + schema + ".account values (2, 'DE1')");
		Cause read = derby(Kind.UNIQUE).withConstraint("UQ_ACCOUNT_IBAN").withTable("ACCOUNT");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withSchema(schema).withColumns(List.of("IBAN")));
	}

	@Test
	void quotedIdentifiersOnDerbyKeepSpacesCaseQuotesAndNonAsciiLetters() throws SQLException {
		db.execute("create table \"Kunde Ä\" (\"Id\" int primary key, \"E-Mail Adresse\" varchar(50) "
				+ "constraint \"Uq \"\"Mail\"\" a' defined on 'b\" unique, \"Straße\" varchar(20) not null, "
				+ "\"Alter\" int constraint \"Ck Älter.\" check (\"Alter\" > 0))",
				"insert into \"Kunde Ä\" values (1, 'a', 's', 1)");
		SQLException unique = db.violation("insert into \"Kunde Ä\" values (2, 'a', 's', 1)");
		Cause read = derby(Kind.UNIQUE).withConstraint("Uq \"Mail\" a' defined on 'b").withTable("Kunde Ä");
		assertThat(RootCause.of(unique)).contains(read);
		assertThat(resolve(unique)).contains(read.withSchema("APP").withColumns(List.of("E-Mail Adresse")));

		SQLException notNull = db.violation("insert into \"Kunde Ä\" values (3, 'b', null, 1)");
		assertThat(RootCause.of(notNull)).contains(derby(Kind.NOT_NULL).withColumns(List.of("Straße")));

		SQLException check = db.violation("insert into \"Kunde Ä\" values (4, 'c', 's', 0)");
		Cause checked = derby(Kind.CHECK).withConstraint("Ck Älter.").withSchema("APP").withTable("Kunde Ä");
		assertThat(RootCause.of(check)).contains(checked);
		assertThat(resolve(check)).contains(checked.withColumns(List.of("Alter")));
	}

	@Test
	void deferredUniqueViolationOnDerbyFailsAtCommitAndNamesTheConstraint() throws SQLException {
		db.execute("create table slot (id int primary key, starts int constraint uq_slot_starts unique "
				+ "deferrable initially deferred)");
		SQLException ex = db.violation((connection) -> {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("insert into slot values (1, 9)");
				statement.execute("insert into slot values (2, 9)");
			}
			connection.commit();
		});
		assertThat(ex.getSQLState()).isEqualTo("23506");
		Cause read = derby(Kind.UNIQUE).withConstraint("UQ_SLOT_STARTS").withTable("SLOT");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withSchema("APP").withColumns(List.of("STARTS")));
	}

	@Test
	void derbyMessageWithoutItsArgumentsIsReadFromTheEnglishTextAlike() throws SQLException {
		db.execute("create table parent_m (id int primary key)", "create table child_m (id int primary key, "
				+ "parent_id int constraint fk_child_m references parent_m (id), n int constraint ck_child_m check (n > 0))",
				"insert into parent_m values (1)", "insert into child_m values (1, 1, 1)");
		List<SQLException> live = List.of(db.violation("insert into child_m values (1, 1, 1)"),
				db.violation("insert into child_m values (2, 9, 1)"), db.violation("delete from parent_m"),
				db.violation("insert into child_m values (3, 1, 0)"), db.violation("insert into child_m (n) values (1)"));
		for (SQLException ex : live) {
			// What the network client throws: the same message and SQLState, no Derby exception behind it.
			SQLException copy = new SQLException(ex.getMessage(), ex.getSQLState(), ex.getErrorCode());
			assertThat(RootCause.of(copy, Database.DERBY)).as(ex.getMessage()).isEqualTo(RootCause.of(ex));
		}
	}

	@Test
	void derbyMessageInAnotherLanguageStillGivesTheKind() {
		SQLException german = new SQLException("Die Anweisung wurde abgebrochen, weil sie in einer durch "
				+ "'UQ_X' definierten eindeutigen Integritätsbedingung einen doppelten Schlüsselwert verursacht hätte.",
				"23505", 30000);
		assertThat(RootCause.of(german, Database.DERBY)).contains(derby(Kind.UNIQUE));
	}

	@Test
	void errorsThatAreNotConstraintViolationsOnDerbyGiveNothing() throws SQLException {
		db.execute("create table note (id int primary key, body varchar(5), n int)", "insert into note values (1, 'a', 1)");
		List<SQLException> errors = List.of(db.violation("selec 1"),
				db.violation("insert into note values (2, 'far too long', 1)"),
				db.violation("insert into note values (3, 'b', 2147483647 + 1)"), lockTimeout());
		assertThat(errors).extracting(SQLException::getSQLState).containsExactly("42X01", "22001", "22003", "40XL1");
		for (SQLException ex : errors) {
			assertThat(RootCause.of(ex)).as(ex.getMessage()).isEmpty();
			assertThat(resolve(ex)).as(ex.getMessage()).isEmpty();
		}
	}

	private static SQLException lockTimeout() throws SQLException {
		db.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')");
		try (Connection holder = db.dataSource().getConnection()) {
			holder.setAutoCommit(false);
			try (Statement statement = holder.createStatement()) {
				statement.execute("update note set n = 2 where id = 1");
				return db.violation("update note set n = 3 where id = 1");
			}
			finally {
				holder.rollback();
			}
		}
	}

	private static Cause derby(Kind kind) {
		return Cause.of(kind).withDatabase(Database.DERBY);
	}

	private static Optional<Cause> resolve(SQLException ex) {
		return RootCause.resolver(db.dataSource()).withCatalogWait(Duration.ofMinutes(1)).resolve(ex);
	}

	private static Optional<Cause> resolve(SQLException ex, String sql) {
		return RootCause.resolver(db.dataSource()).withCatalogWait(Duration.ofMinutes(1)).resolve(ex, sql);
	}

	/** The name Derby generated for the table's only constraint of the type (P, U, C or F). */
	private static String constraintName(String table, String type) throws SQLException {
		try (Connection connection = db.dataSource().getConnection();
				PreparedStatement query = connection.prepareStatement("select c.constraintname from sys.sysconstraints c "
						+ "join sys.systables t on t.tableid = c.tableid where t.tablename = ? and c.type = ?")) {
			query.setString(1, table);
			query.setString(2, type);
			try (ResultSet rows = query.executeQuery()) {
				assertThat(rows.next()).isTrue();
				return rows.getString(1);
			}
		}
	}

}
