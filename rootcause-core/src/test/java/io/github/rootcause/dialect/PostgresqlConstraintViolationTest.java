package io.github.rootcause.dialect;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario matrix on a live PostgreSQL: what {@link RootCause#of(Throwable)} reads from the server's error
 * fields alone, and what a resolver adds from the catalog.
 */
class PostgresqlConstraintViolationTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.POSTGRESQL);

	@Test
	void uniqueViolationOnPostgresqlNamesConstraintTableAndColumn() throws SQLException {
		db.execute("create table customer (id int primary key, email varchar(100) constraint uq_customer_email unique)",
				"insert into customer values (1, 'a@example.com')");
		SQLException ex = db.violation("insert into customer values (2, 'a@example.com')");
		Cause expected = cause(Kind.UNIQUE, "uq_customer_email", "customer", "email");
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void uniqueViolationOnPostgresqlReadsTheColumnsNotTheValueEvenWhenTheValueLooksLikeAKey() throws SQLException {
		db.execute("create table tricky (code text constraint uq_tricky_code unique)",
				"insert into tricky values ('x)=(y, \"Key (z)=(1)'')')");
		SQLException ex = db.violation("insert into tricky values ('x)=(y, \"Key (z)=(1)'')')");
		Cause expected = cause(Kind.UNIQUE, "uq_tricky_code", "tricky", "code");
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void compositeUniqueViolationOnPostgresqlListsColumnsInConstraintOrder() throws SQLException {
		db.execute("create table slot (room int, day date, constraint uq_slot_room_day unique (room, day))",
				"insert into slot values (1, date '2026-01-01')");
		SQLException ex = db.violation("insert into slot values (1, date '2026-01-01')");
		Cause expected = cause(Kind.UNIQUE, "uq_slot_room_day", "slot", "room", "day");
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void unnamedUniqueViolationOnPostgresqlNamesTheGeneratedConstraint() throws SQLException {
		db.execute("create table member (handle text unique)", "insert into member values ('ann')");
		SQLException ex = db.violation("insert into member values ('ann')");
		Cause expected = cause(Kind.UNIQUE, "member_handle_key", "member", "handle");
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void expressionIndexViolationOnPostgresqlLeavesColumnsToTheCatalog() throws SQLException {
		db.execute("create table person (id int, name text)",
				"create unique index ux_person_lower_name on person (lower(name))",
				"insert into person values (1, 'Ann')");
		SQLException ex = db.violation("insert into person values (2, 'ANN')");
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE, "ux_person_lower_name", "person"));
		assertThat(resolve(ex)).contains(cause(Kind.UNIQUE, "ux_person_lower_name", "person", "name"));
	}

	@Test
	void mixedColumnAndExpressionIndexViolationOnPostgresqlResolvesEveryColumnItReads() throws SQLException {
		db.execute("create table login (tenant int, email text)",
				"create unique index ux_login_tenant_email on login (tenant, lower(email))",
				"insert into login values (1, 'a@example.com')");
		SQLException ex = db.violation("insert into login values (1, 'A@example.com')");
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE, "ux_login_tenant_email", "login"));
		assertThat(resolve(ex))
			.contains(cause(Kind.UNIQUE, "ux_login_tenant_email", "login", "tenant", "email"));
	}

	@Test
	void partialIndexViolationOnPostgresqlNamesTheIndexAndItsColumnOnly() throws SQLException {
		db.execute("create table account (email text, deleted boolean not null default false)",
				"create unique index ux_account_live_email on account (email) where not deleted",
				"insert into account values ('a@example.com', true)", "insert into account values ('a@example.com')");
		SQLException ex = db.violation("insert into account values ('a@example.com')");
		Cause expected = cause(Kind.UNIQUE, "ux_account_live_email", "account", "email");
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void primaryKeyViolationOnPostgresqlIsUnique() throws SQLException {
		db.execute("create table line (order_id int, position int, primary key (order_id, position))",
				"insert into line values (1, 1)");
		SQLException ex = db.violation("insert into line values (1, 1)");
		Cause expected = cause(Kind.UNIQUE, "line_pkey", "line", "order_id", "position");
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void batchWithOneDuplicateOnPostgresqlResolvesThroughTheNextException() throws SQLException {
		db.execute("create table batch_item (id int primary key)");
		SQLException ex = db.violation((connection) -> {
			try (PreparedStatement insert = connection.prepareStatement("insert into batch_item values (?)")) {
				for (int id : new int[] { 1, 2, 1, 3 }) {
					insert.setInt(1, id);
					insert.addBatch();
				}
				insert.executeBatch();
			}
		});
		assertThat((Throwable) ex).isInstanceOf(BatchUpdateException.class);
		Cause expected = cause(Kind.UNIQUE, "batch_item_pkey", "batch_item", "id");
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void multiRowInsertOnPostgresqlNamesTheConstraint() throws SQLException {
		db.execute("create table tag (name text constraint uq_tag_name unique)");
		SQLException ex = db.violation("insert into tag values ('a'), ('b'), ('a')");
		Cause expected = cause(Kind.UNIQUE, "uq_tag_name", "tag", "name");
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void insertingNullOnPostgresqlNamesTheColumn() throws SQLException {
		db.execute("create table contact (id int, name text not null)");
		SQLException ex = db.violation("insert into contact values (1, null)");
		Cause expected = cause(Kind.NOT_NULL, null, "contact", "name");
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void updatingToNullOnPostgresqlNamesTheColumn() throws SQLException {
		db.execute("create table supplier (id int, name text not null)", "insert into supplier values (1, 'x')");
		SQLException ex = db.violation("update supplier set name = null where id = 1");
		Cause expected = cause(Kind.NOT_NULL, null, "supplier", "name");
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void omittingAColumnWithoutDefaultOnPostgresqlNamesTheColumn() throws SQLException {
		db.execute("create table shipment (id int, carrier text not null)");
		SQLException ex = db.violation("insert into shipment (id) values (1)");
		Cause expected = cause(Kind.NOT_NULL, null, "shipment", "carrier");
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void namedCheckViolationOnPostgresqlNamesTheConstraintAndResolvesItsColumns() throws SQLException {
		db.execute("create table stock (qty int constraint ck_stock_qty_positive check (qty > 0))");
		SQLException ex = db.violation("insert into stock values (0)");
		assertThat(RootCause.of(ex)).contains(cause(Kind.CHECK, "ck_stock_qty_positive", "stock"));
		assertThat(resolve(ex)).contains(cause(Kind.CHECK, "ck_stock_qty_positive", "stock", "qty"));
	}

	@Test
	void unnamedCheckViolationOnPostgresqlNamesTheGeneratedConstraint() throws SQLException {
		db.execute("create table price (low int, high int, check (low <= high))");
		SQLException ex = db.violation("insert into price values (2, 1)");
		assertThat(RootCause.of(ex)).contains(cause(Kind.CHECK, "price_check", "price"));
		assertThat(resolve(ex)).contains(cause(Kind.CHECK, "price_check", "price", "low", "high"));
	}

	@Test
	void insertingAChildWithAMissingParentOnPostgresqlIsAMissingReference() throws SQLException {
		db.execute("create table author (id int primary key)",
				"create table book (id int, author_id int constraint fk_book_author references author)");
		SQLException ex = db.violation("insert into book values (1, 42)");
		Cause expected = cause(Kind.FOREIGN_KEY, "fk_book_author", "book", "author_id")
			.withReference(Reference.MISSING);
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void updatingAChildToAMissingParentOnPostgresqlIsAMissingReference() throws SQLException {
		db.execute("create table team (id int primary key)", "insert into team values (1)",
				"create table player (id int, team_id int constraint fk_player_team references team)",
				"insert into player values (1, 1)");
		SQLException ex = db.violation("update player set team_id = 9 where id = 1");
		Cause expected = cause(Kind.FOREIGN_KEY, "fk_player_team", "player", "team_id")
			.withReference(Reference.MISSING);
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void deletingAReferencedParentOnPostgresqlIsStillReferencedOnTheChildTable() throws SQLException {
		db.execute("create table category (id int primary key)", "insert into category values (1)",
				"create table product (id int, category_id int constraint fk_product_category references category)",
				"insert into product values (1, 1)");
		SQLException ex = db.violation("delete from category where id = 1");
		Cause read = cause(Kind.FOREIGN_KEY, "fk_product_category", "product")
			.withReference(Reference.STILL_REFERENCED);
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withColumns(List.of("category_id")));
	}

	@Test
	void deletingAParentReferencedWithOnDeleteRestrictOnPostgresqlIsStillReferenced() throws SQLException {
		db.execute("create table region (id int primary key)", "insert into region values (1)",
				"create table office (id int, region_id int constraint fk_office_region references region "
						+ "on delete restrict)",
				"insert into office values (1, 1)");
		SQLException ex = db.violation("delete from region");
		Cause read = cause(Kind.FOREIGN_KEY, "fk_office_region", "office")
			.withReference(Reference.STILL_REFERENCED);
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withColumns(List.of("region_id")));
	}

	@Test
	void selfReferencingForeignKeyOnPostgresqlTellsBothDirections() throws SQLException {
		db.execute("create table employee (id int primary key, boss_id int constraint fk_employee_boss "
				+ "references employee)", "insert into employee values (1, null), (2, 1)");
		Cause missing = cause(Kind.FOREIGN_KEY, "fk_employee_boss", "employee", "boss_id")
			.withReference(Reference.MISSING);
		assertThat(RootCause.of(db.violation("insert into employee values (3, 9)"))).contains(missing);
		Cause referenced = cause(Kind.FOREIGN_KEY, "fk_employee_boss", "employee")
			.withReference(Reference.STILL_REFERENCED);
		SQLException delete = db.violation("delete from employee where id = 1");
		assertThat(RootCause.of(delete)).contains(referenced);
		assertThat(resolve(delete)).contains(referenced.withColumns(List.of("boss_id")));
	}

	@Test
	void deferredForeignKeyFailingAtCommitOnPostgresqlIsAMissingReference() throws SQLException {
		db.execute("create table deferred_parent (id int primary key)",
				"create table deferred_child (id int, parent_id int constraint fk_deferred_child_parent "
						+ "references deferred_parent deferrable initially deferred)");
		SQLException ex = db.violation((connection) -> {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("insert into deferred_child values (1, 42)");
			}
			connection.commit();
		});
		Cause expected = cause(Kind.FOREIGN_KEY, "fk_deferred_child_parent", "deferred_child", "parent_id")
			.withReference(Reference.MISSING);
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void exclusionViolationOnPostgresqlNamesTheConstraintAndColumn() throws SQLException {
		db.execute("create table booking (room int, during tsrange, "
				+ "constraint ex_booking_overlap exclude using gist (during with &&))",
				"insert into booking values (1, '[2026-01-01 10:00, 2026-01-01 11:00)')");
		SQLException ex = db.violation("insert into booking values (2, '[2026-01-01 10:30, 2026-01-01 11:30)')");
		Cause expected = cause(Kind.EXCLUSION, "ex_booking_overlap", "booking", "during");
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void exclusionOnAnExpressionOnPostgresqlResolvesTheColumnsItReads() throws SQLException {
		db.execute("create table reservation (starts timestamp, ends timestamp, "
				+ "constraint ex_reservation_overlap exclude using gist (tsrange(starts, ends) with &&))",
				"insert into reservation values ('2026-01-01 10:00', '2026-01-01 11:00')");
		SQLException ex = db.violation("insert into reservation values ('2026-01-01 10:30', '2026-01-01 11:30')");
		assertThat(RootCause.of(ex)).contains(cause(Kind.EXCLUSION, "ex_reservation_overlap", "reservation"));
		assertThat(resolve(ex))
			.contains(cause(Kind.EXCLUSION, "ex_reservation_overlap", "reservation", "starts", "ends"));
	}

	@Test
	void violationInANonDefaultSchemaOnPostgresqlNamesThatSchema() throws SQLException {
		String other = db.createSchema("other");
		db.execute("create table " + other + ".invoice (id int primary key, total int constraint ck_invoice_total "
				+ "check (total >= 0), number text not null constraint uq_invoice_number unique)",
				"create table invoice (id int primary key, number text constraint uq_invoice_number_default unique)",
				"insert into " + other + ".invoice values (1, 1, 'A-1')");
		SQLException unique = db.violation("insert into " + other + ".invoice values (2, 1, 'A-1')");
		Cause expected = cause(Kind.UNIQUE, "uq_invoice_number", "invoice", "number").withSchema(other);
		assertThat(RootCause.of(unique)).contains(expected);
		assertThat(resolve(unique)).contains(expected);
		SQLException check = db.violation("insert into " + other + ".invoice values (3, -1, 'A-3')");
		assertThat(RootCause.of(check)).contains(cause(Kind.CHECK, "ck_invoice_total", "invoice").withSchema(other));
		assertThat(resolve(check))
			.contains(cause(Kind.CHECK, "ck_invoice_total", "invoice", "total").withSchema(other));
	}

	@Test
	void quotedIdentifiersOnPostgresqlComeBackAsStored() throws SQLException {
		db.execute("create table \"Order Line\" (\"Ünit Price\" int constraint \"Uq \"\"Ünit\"\" Price\" unique, "
				+ "\"Qty\" int constraint \"Ck Qty.Positive\" check (\"Qty\" > 0), \"Näme, First\" text not null)",
				"insert into \"Order Line\" values (5, 1, 'a')");
		SQLException unique = db.violation("insert into \"Order Line\" values (5, 1, 'b')");
		Cause expected = cause(Kind.UNIQUE, "Uq \"Ünit\" Price", "Order Line", "Ünit Price");
		assertThat(RootCause.of(unique)).contains(expected);
		assertThat(resolve(unique)).contains(expected);
		SQLException check = db.violation("insert into \"Order Line\" values (6, 0, 'c')");
		assertThat(resolve(check)).contains(cause(Kind.CHECK, "Ck Qty.Positive", "Order Line", "Qty"));
		SQLException notNull = db.violation("insert into \"Order Line\" values (7, 1, null)");
		assertThat(RootCause.of(notNull)).contains(cause(Kind.NOT_NULL, null, "Order Line", "Näme, First"));
	}

	@Test
	void quotedForeignKeyColumnsOnPostgresqlAreReadFromTheDetail() throws SQLException {
		db.execute("create table \"Parent Row\" (\"Id\" int, \"Part\" int, primary key (\"Id\", \"Part\"))",
				"create table \"Child Row\" (\"Parent Id\" int, \"part\" int, constraint \"Fk Child\" foreign key "
						+ "(\"Parent Id\", \"part\") references \"Parent Row\")");
		SQLException ex = db.violation("insert into \"Child Row\" values (1, 2)");
		Cause expected = cause(Kind.FOREIGN_KEY, "Fk Child", "Child Row", "Parent Id", "part")
			.withReference(Reference.MISSING);
		assertThat(RootCause.of(ex)).contains(expected);
		assertThat(resolve(ex)).contains(expected);
	}

	@Test
	void foreignKeyColumnNamedLikeTheKeySeparatorOnPostgresqlIsLeftToTheCatalogNotMisread() throws SQLException {
		db.execute("create table odd_parent (a int, b int, primary key (a, b))",
				"create table odd_child (\"x)=(y\" int, b int, constraint fk_odd foreign key (\"x)=(y\", b)"
						+ " references odd_parent)");
		// DETAIL: Key (x)=(y, b)=(9, 9) is not present in table "odd_parent".
		SQLException ex = db.violation("insert into odd_child values (9, 9)");
		assertThat(RootCause.of(ex))
			.contains(cause(Kind.FOREIGN_KEY, "fk_odd", "odd_child").withReference(Reference.MISSING));
		assertThat(resolve(ex))
			.contains(cause(Kind.FOREIGN_KEY, "fk_odd", "odd_child", "x)=(y", "b").withReference(Reference.MISSING));
	}

	@Test
	void syntaxErrorOnPostgresqlGivesNothing() throws SQLException {
		assertNothing(db.violation("insert into nowhere values (1"), "42601");
	}

	@Test
	void valueTooLongOnPostgresqlGivesNothing() throws SQLException {
		db.execute("create table short_code (code varchar(3))");
		assertNothing(db.violation("insert into short_code values ('abcd')"), "22001");
	}

	@Test
	void numericOverflowOnPostgresqlGivesNothing() throws SQLException {
		db.execute("create table small_number (n smallint)");
		assertNothing(db.violation("insert into small_number values (99999)"), "22003");
	}

	@Test
	void lockTimeoutOnPostgresqlGivesNothing() throws SQLException {
		db.execute("create table locked_row (id int primary key)", "insert into locked_row values (1)");
		try (Connection holder = db.dataSource().getConnection()) {
			holder.setAutoCommit(false);
			try (Statement statement = holder.createStatement()) {
				statement.execute("select * from locked_row for update");
			}
			SQLException ex = db.violation("set lock_timeout = '50ms'", "delete from locked_row");
			holder.rollback();
			assertNothing(ex, "55P03");
		}
	}

	@Test
	void serializationFailureOnPostgresqlGivesNothing() throws SQLException {
		db.execute("create table counter (id int primary key, n int)", "insert into counter values (1, 0)");
		try (Connection reader = db.dataSource().getConnection()) {
			reader.setAutoCommit(false);
			reader.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			try (Statement statement = reader.createStatement()) {
				statement.execute("select n from counter where id = 1");
			}
			db.execute("update counter set n = 1 where id = 1");
			SQLException ex = capture(reader, "update counter set n = 2 where id = 1");
			reader.rollback();
			assertNothing(ex, "40001");
		}
	}

	@Test
	void deadlockOnPostgresqlGivesNothing() throws Exception {
		db.execute("create table deadlock_row (id int primary key, n int)",
				"insert into deadlock_row values (1, 0), (2, 0)");
		try (Connection first = db.dataSource().getConnection();
				Connection second = db.dataSource().getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			assertThat((Throwable) capture(first, "update deadlock_row set n = 1 where id = 1")).isNull();
			assertThat((Throwable) capture(second, "update deadlock_row set n = 1 where id = 2")).isNull();
			CompletableFuture<SQLException> crossing = CompletableFuture
				.supplyAsync(() -> capture(first, "update deadlock_row set n = 2 where id = 2"));
			SQLException mine = capture(second, "update deadlock_row set n = 2 where id = 1");
			if (mine != null) {
				second.rollback();
			}
			SQLException theirs = crossing.get(30, TimeUnit.SECONDS);
			first.rollback();
			second.rollback();
			assertNothing((mine != null) ? mine : theirs, "40P01");
		}
	}

	@Test
	void connectionErrorOnPostgresqlGivesNothing() {
		SQLException ex = null;
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/test?connectTimeout=2",
				"postgres", "")) {
			connection.isValid(1);
		}
		catch (SQLException failed) {
			ex = failed;
		}
		assertThat((Throwable) ex).isNotNull();
		assertThat(ex.getSQLState()).startsWith("08");
		assertThat(RootCause.of(ex)).isEmpty();
	}

	private static void assertNothing(SQLException ex, String sqlState) {
		assertThat((Throwable) ex).isNotNull();
		assertThat(ex.getSQLState()).isEqualTo(sqlState);
		assertThat(RootCause.of(ex)).isEmpty();
		assertThat(resolve(ex)).isEmpty();
	}

	private static Cause cause(Kind kind, String constraint, String table, String... columns) {
		return PostgresqlExpectations.cause(db, kind, constraint, table, columns);
	}

	private static Optional<Cause> resolve(Throwable ex) {
		return PostgresqlExpectations.resolve(db, ex);
	}

	private static void rollback(Connection connection) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static SQLException capture(Connection connection, String sql) {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
			return null;
		}
		catch (SQLException ex) {
			return ex;
		}
	}

}
