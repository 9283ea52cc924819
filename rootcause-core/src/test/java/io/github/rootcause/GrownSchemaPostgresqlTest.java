package io.github.rootcause;

import java.sql.SQLException;
import java.util.List;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The grown-schema scenarios on PostgreSQL, and what only PostgreSQL expresses: partitioned tables, whose
 * violations name the partition's own index or constraint and the partition, answered as the constraint and the
 * table the application declared on the partitioned table; table inheritance; unique indexes with
 * {@code INCLUDE} columns.
 */
class GrownSchemaPostgresqlTest extends GrownSchemaScenarios
		implements UpdatableViewScenarios, DomainCheckScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.POSTGRESQL);

	@Override
	DatabaseFixture db() {
		return db;
	}

	@Override
	public GrownSchemaScenarios scenarios() {
		return this;
	}

	@Override
	List<String> signupTrigger() {
		return List.of("create function signup_mailing() returns trigger language plpgsql as"
				+ " $$ begin insert into mailing values (new.email); return new; end $$",
				"create trigger signup_mailing after insert on signup for each row execute function signup_mailing()");
	}

	@Test
	void uniqueViolationInAPartitionAnswersTheConstraintAndTableDeclaredOnThePartitionedTable() throws SQLException {
		db.execute("create table account (id int, email varchar(100), opened date,"
				+ " constraint uq_account_email unique (email, opened)) partition by range (opened)",
				"create table account_2024 partition of account for values from ('2024-01-01') to ('2025-01-01')",
				"insert into account values (1, 'a@example.com', '2024-03-01')");
		assertResolved("insert into account values (2, 'a@example.com', '2024-03-01')", Kind.UNIQUE,
				"uq_account_email", "account", "email", "opened");
	}

	@Test
	void uniqueIndexViolationInAPartitionOfAPartitionAnswersTheIndexDeclaredOnTheRoot() throws SQLException {
		db.execute("create table visit (id int, ref varchar(20), day date) partition by range (day)",
				"create unique index ux_visit_ref on visit (ref, day)",
				"create table visit_2024 partition of visit for values from ('2024-01-01') to ('2025-01-01')"
						+ " partition by range (day)",
				"create table visit_2024_h1 partition of visit_2024 for values from ('2024-01-01') to ('2024-07-01')",
				"insert into visit values (1, 'R1', '2024-02-02')");
		assertResolved("insert into visit values (2, 'R1', '2024-02-02')", Kind.UNIQUE, "ux_visit_ref", "visit",
				"ref", "day");
	}

	@Test
	void checkAndForeignKeyViolationsInAPartitionAnswerThePartitionedTable() throws SQLException {
		db.execute("create table currency (code char(3) primary key)", "insert into currency values ('EUR')",
				"create table payment (id int, amount int, currency char(3), paid date,"
						+ " constraint ck_payment_amount check (amount > 0),"
						+ " constraint fk_payment_currency foreign key (currency) references currency (code))"
						+ " partition by range (paid)",
				"create table payment_2024 partition of payment for values from ('2024-01-01') to ('2025-01-01')");
		assertResolved("insert into payment values (1, 0, 'EUR', '2024-05-05')", Kind.CHECK, "ck_payment_amount",
				"payment", "amount");
		assertResolved("insert into payment values (2, 5, 'XXX', '2024-05-05')", Kind.FOREIGN_KEY,
				"fk_payment_currency", "payment", "currency");
	}

	@Test
	void checkInheritedFromAParentTableAnswersTheChildTableTheRowWentTo() throws SQLException {
		db.execute("create table vehicle (id int, wheels int, constraint ck_vehicle_wheels check (wheels >= 0))",
				"create table truck (load int) inherits (vehicle)");
		assertResolved("insert into truck values (1, -1, 5)", Kind.CHECK, "ck_vehicle_wheels", "truck", "wheels");
	}

	@Test
	void uniqueIndexWithIncludedColumnsAnswersOnlyTheKeyColumns() throws SQLException {
		db.execute("create table coupon (id int, code varchar(20), note varchar(50))",
				"create unique index ux_coupon_code on coupon (code) include (note)",
				"insert into coupon values (1, 'C1', 'x')");
		assertResolved("insert into coupon values (2, 'C1', 'y')", Kind.UNIQUE, "ux_coupon_code", "coupon", "code");
	}

	@Test
	void uniqueViolationOnAGeneratedColumnAnswersTheGeneratedColumn() throws SQLException {
		db.execute("create table login (id int, email varchar(100),"
				+ " email_lower varchar(100) generated always as (lower(email)) stored,"
				+ " constraint uq_login_email_lower unique (email_lower))",
				"insert into login (id, email) values (1, 'A@Example.com')");
		assertResolved("insert into login (id, email) values (2, 'a@example.com')", Kind.UNIQUE,
				"uq_login_email_lower", "login", "email_lower");
	}

	@Test
	void updateFromAnotherTableAnswersTheUpdatedTable() throws SQLException {
		db.execute("create table seat (id int primary key, code varchar(10), constraint uq_seat_code unique (code))",
				"create table seat_rename (id int, code varchar(10))", "insert into seat values (1, 'A1'), (2, 'A2')",
				"insert into seat_rename values (2, 'A1')");
		assertResolved("update seat set code = r.code from seat_rename r where r.id = seat.id", Kind.UNIQUE,
				"uq_seat_code", "seat", "code");
	}

}
