package io.github.rootcause.dialect;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Resolver;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario matrix in SQL that H2 and HSQLDB both accept: each scenario creates tables of its own in the
 * fixture's database, so the scenarios of one test class can run in any order, and returns the exception the
 * failing statement threw. What each engine then reports is asserted in its own test class.
 */
final class ConstraintScenarios {

	private final DatabaseFixture db;

	ConstraintScenarios(DatabaseFixture db) {
		this.db = db;
	}

	/**
	 * A statement that failed, and what it threw.
	 * @param exception what the driver threw
	 * @param sql the statement that failed
	 */
	record Violation(SQLException exception, String sql) {

		/** What {@link RootCause#of(Throwable)} reads. */
		Optional<Cause> read() {
			return RootCause.of(this.exception);
		}

	}

	/** What a fresh resolver on the fixture's data source resolves, without and with the failed statement. */
	Optional<Cause> resolve(Violation violation) {
		return resolver().resolve(violation.exception());
	}

	Optional<Cause> resolveWithStatement(Violation violation) {
		return resolver().resolve(violation.exception(), violation.sql());
	}

	/** A fresh resolver that waits for its first catalog read, as one whose catalog was read at startup. */
	private Resolver resolver() {
		return RootCause.resolver(this.db.dataSource()).withCatalogWait(Duration.ofMinutes(1));
	}

	Violation uniqueOnOneColumn() throws SQLException {
		return violation("insert into customer values (2, 'a@example.com')",
				"create table customer (id int primary key, email varchar(100) constraint uq_customer_email unique)",
				"insert into customer values (1, 'a@example.com')");
	}

	Violation uniqueOnTwoColumns() throws SQLException {
		return violation("insert into booking values (2, 7, 3)",
				"create table booking (id int primary key, room_no int, slot_no int,"
						+ " constraint uq_booking_slot unique (room_no, slot_no))",
				"insert into booking values (1, 7, 3)");
	}

	Violation uniqueWithoutName() throws SQLException {
		return violation("insert into voucher values ('WELCOME')", "create table voucher (code varchar(20) unique)",
				"insert into voucher values ('WELCOME')");
	}

	/** Neither engine indexes an expression; a generated column stands in for {@code lower(email)}. */
	Violation uniqueOnGeneratedColumn() throws SQLException {
		return violation("insert into account (id, email) values (2, 'a@example.com')",
				"create table account (id int primary key, email varchar(100),"
						+ " email_lower varchar(100) generated always as (lower(email)),"
						+ " constraint uq_account_email_lower unique (email_lower))",
				"insert into account (id, email) values (1, 'A@Example.com')");
	}

	Violation uniqueIndex() throws SQLException {
		return violation("insert into device values ('SN-1')", "create table device (serial_no varchar(20))",
				"create unique index ux_device_serial on device (serial_no)", "insert into device values ('SN-1')");
	}

	Violation namedPrimaryKey() throws SQLException {
		return violation("insert into product values ('SKU-1')",
				"create table product (sku varchar(20) constraint pk_product primary key)",
				"insert into product values ('SKU-1')");
	}

	Violation primaryKeyWithoutName() throws SQLException {
		return violation("insert into ticket values (1)", "create table ticket (id int primary key)",
				"insert into ticket values (1)");
	}

	Violation notNullOnInsert() throws SQLException {
		return violation("insert into person values (1, null)",
				"create table person (id int primary key, name varchar(50) not null)");
	}

	Violation notNullOnUpdate() throws SQLException {
		return violation("update employee set name = null where id = 1",
				"create table employee (id int primary key, name varchar(50) not null)",
				"insert into employee values (1, 'Ada')");
	}

	Violation notNullOnOmittedColumn() throws SQLException {
		return violation("insert into subscriber (id) values (1)",
				"create table subscriber (id int primary key, name varchar(50) not null)");
	}

	Violation namedCheck() throws SQLException {
		return violation("insert into offer values (1, -5)",
				"create table offer (id int primary key, price int constraint ck_offer_price check (price > 0))");
	}

	Violation checkWithoutName() throws SQLException {
		return violation("insert into stock values (1, -1)",
				"create table stock (id int primary key, quantity int check (quantity >= 0))");
	}

	Violation foreignKeyOnInsertOfChild() throws SQLException {
		foreignKeyTables("shelf", "book");
		return violation("insert into book values (2, 99)");
	}

	Violation foreignKeyOnUpdateOfChild() throws SQLException {
		foreignKeyTables("folder", "document");
		return violation("update document set folder_id = 98 where id = 1");
	}

	Violation foreignKeyOnDeleteOfParent() throws SQLException {
		foreignKeyTables("team", "player");
		return violation("delete from team where id = 1");
	}

	/** {@code parent (id)} with row 1, {@code child (id, parent_id)} with row 1 referencing it. */
	private void foreignKeyTables(String parent, String child) throws SQLException {
		this.db.execute("create table " + parent + " (id int primary key)",
				"create table " + child + " (id int primary key, " + parent + "_id int constraint fk_" + child + "_"
						+ parent + " references " + parent + " (id))",
				"insert into " + parent + " values (1)", "insert into " + child + " values (1, 1)");
	}

	/** The third row of a JDBC batch repeats the first. */
	Violation batchWithOneDuplicate() throws SQLException {
		String sql = "insert into batch_item values (?, ?)";
		this.db.execute("create table batch_item (id int primary key, code varchar(20) constraint uq_batch_item_code unique)");
		SQLException exception = this.db.violation((Connection connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int id = 1; id <= 3; id++) {
					statement.setInt(1, id);
					statement.setString(2, (id == 3) ? "code-1" : "code-" + id);
					statement.addBatch();
				}
				statement.executeBatch();
			}
		});
		assertThat((Throwable) exception).isInstanceOf(BatchUpdateException.class);
		return new Violation(exception, sql);
	}

	Violation multiRowInsert() throws SQLException {
		return violation("insert into tag values ('java'), ('sql'), ('java')",
				"create table tag (label varchar(20) constraint uq_tag_label unique)");
	}

	/** A unique constraint on a table in a second schema, which the connection does not use by default. */
	Violation uniqueInOtherSchema(String schema) throws SQLException {
		return violation("insert into " + schema + ".invoice values (2, 'INV-1')",
				"create table " + schema + ".invoice (id int primary key,"
						+ " invoice_no varchar(20) constraint uq_invoice_no unique)",
				"insert into " + schema + ".invoice values (1, 'INV-1')");
	}

	/** A foreign key whose quoted name holds what H2 and HSQLDB write after a name: ": ", "; ", " table: ". */
	Violation foreignKeyOnQuotedNames() throws SQLException {
		return violation("insert into \"Kü Child\" values (1, 9)",
				"create table \"Kü Parent\" (\"Pid\" int primary key)",
				"create table \"Kü Child\" (\"Id\" int primary key, \"Parent Id\" int"
						+ " constraint \"Fk: Kü; table: x\" references \"Kü Parent\" (\"Pid\"))");
	}

	Violation uniqueOnQuotedNames() throws SQLException {
		quotedTable();
		return violation("insert into \"Order Line\" values (2, 'Crème', 1)");
	}

	Violation checkOnQuotedNames() throws SQLException {
		quotedTable();
		return violation("insert into \"Order Line\" values (3, 'Brûlée', 0)");
	}

	/** {@code "Order Line"}: a space, mixed case and non-ASCII letters in table, column and constraint names. */
	private void quotedTable() throws SQLException {
		this.db.execute("create table if not exists \"Order Line\" (\"Line No\" int primary key,"
				+ " \"Prodüct\" varchar(20) constraint \"Uq Order Line Prodüct\" unique,"
				+ " \"Qty\" int constraint \"Ck Qty > 0\" check (\"Qty\" > 0))");
		this.db.execute("delete from \"Order Line\"", "insert into \"Order Line\" values (1, 'Crème', 1)");
	}

	Violation syntaxError() throws SQLException {
		return violation("selec 1 from nowhere");
	}

	Violation valueTooLong() throws SQLException {
		return violation("insert into short_text values ('far too long')", "create table short_text (code varchar(5))");
	}

	Violation numericOverflow() throws SQLException {
		return violation("insert into small_number values (2147483647 + 1)", "create table small_number (n int)");
	}

	/**
	 * The name the engine gave an unnamed constraint, read from the standard {@code INFORMATION_SCHEMA} view.
	 * @param table the table, as stored
	 * @param type {@code PRIMARY KEY}, {@code UNIQUE}, {@code CHECK} or {@code FOREIGN KEY}
	 * @return the one such constraint's name
	 */
	String generatedName(String table, String type) throws SQLException {
		try (Connection connection = this.db.dataSource().getConnection();
				PreparedStatement statement = connection.prepareStatement("select CONSTRAINT_NAME from"
						+ " INFORMATION_SCHEMA.TABLE_CONSTRAINTS where TABLE_NAME = ? and CONSTRAINT_TYPE = ?")) {
			statement.setString(1, table);
			statement.setString(2, type);
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).as("a %s constraint on %s", type, table).isTrue();
				String name = rows.getString(1);
				assertThat(rows.next()).as("only one %s constraint on %s", type, table).isFalse();
				return name;
			}
		}
	}

	private Violation violation(String failing, String... setup) throws SQLException {
		this.db.execute(setup);
		return new Violation(this.db.violation(failing), failing);
	}

}
