package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.RootCause;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every dialect meets random, truncated, mutated and huge messages without throwing or hanging, and whatever it
 * returns is a well-formed cause.
 */
class DialectRobustnessPropertiesTest {

	/** Real messages of each database, as seeds to cut and mutate. */
	private static final List<String> SEEDS = List.of(
			"ERROR: duplicate key value violates unique constraint \"uq_email\"\n  Detail: Key (email)=(a@b.c) already exists.",
			"(conn=12) Duplicate entry 'a'' for key ''x' for key 'uq_email'",
			"Duplicate entry 'x' for key 'customer.uq_email'",
			"Cannot add or update a child row: a foreign key constraint fails (`db`.`child`, CONSTRAINT `fk` FOREIGN KEY (`p`) REFERENCES `parent` (`id`))",
			"Cannot delete or update a parent row: a foreign key constraint fails (`db`.`child`, CONSTRAINT `fk` FOREIGN KEY (`p`) REFERENCES `parent` (`id`))",
			"Column 'email' cannot be null", "Field 'total' doesn't have a default value",
			"CONSTRAINT `ck_price` failed for `db`.`product`", "Check constraint 'ck_price' is violated.",
			"ORA-00001: unique constraint (SHOP.UQ_EMAIL) violated\n",
			"ORA-01400: cannot insert NULL into (\"SHOP\".\"CUSTOMER\".\"EMAIL\")",
			"ORA-02291: integrity constraint (SHOP.FK_ORDER_CUSTOMER) violated - parent key not found",
			"Violation of UNIQUE KEY constraint 'UQ_email'. Cannot insert duplicate key in object 'dbo.customer'. The duplicate key value is (a@b.c).",
			"Cannot insert duplicate key row in object 'dbo.customer' with unique index 'ix_email'. The duplicate key value is (x).",
			"Cannot insert the value NULL into column 'email', table 'shop.dbo.customer'; column does not allow nulls. INSERT fails.",
			"The DELETE statement conflicted with the REFERENCE constraint \"FK_order_customer\". The conflict occurred in database \"shop\", table \"dbo.orders\", column 'customer_id'.",
			"DB2 SQL Error: SQLCODE=-803, SQLSTATE=23505, SQLERRMC=2;SHOP.CUSTOMER, DRIVER=4.33.31",
			"DB2 SQL Error: SQLCODE=-530, SQLSTATE=23503, SQLERRMC=SHOP.FK_ORDER_CUSTOMER, DRIVER=4.33.31",
			"Unique index or primary key violation: \"PUBLIC.UQ_EMAIL_INDEX_5 ON PUBLIC.CUSTOMER(EMAIL NULLS FIRST) VALUES ( /* 1 */ 'a' )\"; SQL statement:\ninsert into customer values ('a') [23505-240]",
			"NULL not allowed for column \"EMAIL\"; SQL statement:\ninsert into customer values (null) [23502-240]",
			"integrity constraint violation: unique constraint or index violation ; UQ_EMAIL table: CUSTOMER",
			"integrity constraint violation: foreign key no parent ; FK_X table: CHILD",
			"The statement was aborted because it would have caused a duplicate key value in a unique or primary key constraint or unique index identified by 'UQ_EMAIL' defined on 'CUSTOMER'.",
			"INSERT on table 'CHILD' caused a violation of foreign key constraint 'FK_X' for key (1).  The statement has been rolled back.",
			"[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: customer.email, customer.name)",
			"[SQLITE_CONSTRAINT_FOREIGNKEY] A foreign key constraint failed (FOREIGN KEY constraint failed)");

	private static final List<String> SQL_STATES = List.of("23000", "23505", "23502", "23503", "23513", "23514",
			"23506", "23P01", "23001", "40001", "40P01", "22001", "42601", "08006", "S1000", "", "2");

	private static final List<Integer> VENDOR_CODES = List.of(0, 1, 1400, 1407, 2290, 2291, 2292, 1062, 1048, 1364,
			1451, 1452, 1216, 1217, 3819, 4025, 2627, 2601, 515, 547, -803, -407, -530, -531, -532, -545, 23505,
			23502, 23503, 23506, 23513, -104, -10, -157, -177, -8, 19, 2067, 1555, 1299, 275, 787, -1, 2147483647);

	@Property(tries = 2000)
	void anyMessageIsReadWithoutThrowing(@ForAll Database database, @ForAll("messages") String message,
			@ForAll("sqlStates") String sqlState, @ForAll("vendorCodes") int vendorCode) {
		SQLException exception = new SQLIntegrityConstraintViolationException(message, sqlState, vendorCode);
		assertWellFormed(Dialect.of(database).read(exception));
		assertWellFormed(RootCause.of(exception));
	}

	@Property(tries = 500)
	void anyPostgresServerErrorIsReadWithoutThrowing(@ForAll("serverErrors") String serverError) {
		PSQLException exception = new PSQLException(new ServerErrorMessage(serverError));
		assertWellFormed(Dialect.of(Database.POSTGRESQL).read(exception));
	}

	/** A hang guard, not a speed measure: the time per size is measured by WorstCaseBenchmark. */
	@Test
	void megabyteMessagesAndNullMessagesAreReadByEveryDialect() {
		String huge = "x'\"`( for key '".repeat(70_000);
		String dumps = "Duplicate entry 'a\nQuery is: ' for key 'k'".repeat(25_000);
		for (Database database : Database.values()) {
			for (String message : new String[] { null, "", huge, dumps, seedsRepeated() }) {
				for (int code : new int[] { 0, 1, 1062, 547, -803, 23505, 2067 }) {
					SQLException exception = new SQLIntegrityConstraintViolationException(message, "23505", code);
					assertTimeoutPreemptively(Duration.ofSeconds(60),
							() -> assertWellFormed(Dialect.of(database).read(exception)),
							() -> database + " took too long on a " + length(message) + " character message");
				}
			}
		}
	}

	@Test
	void exceptionsWithoutStateOrMessageAreNotViolations() {
		for (Database database : Database.values()) {
			assertThatNoException().isThrownBy(() -> Dialect.of(database).read(new SQLException()));
			assertThat(Dialect.of(database).read(new SQLException())).isEmpty();
		}
	}

	@Provide
	Arbitrary<String> messages() {
		Arbitrary<String> seeds = Arbitraries.of(SEEDS);
		Arbitrary<String> cut = Combinators.combine(seeds, Arbitraries.integers().between(0, 400))
			.as((seed, end) -> seed.substring(0, Math.min(end, seed.length())));
		Arbitrary<String> mutated = Combinators
			.combine(seeds, Arbitraries.integers().between(0, 400), Arbitraries.strings().ofMaxLength(12))
			.as((seed, at, insert) -> {
				int i = Math.min(at, seed.length());
				return seed.substring(0, i) + insert + seed.substring(i);
			});
		Arbitrary<String> noise = Arbitraries.strings()
			.withChars("'\"`()[]., ;:=\n\\/*-_aZ0é中")
			.withCharRange('\u0000', '\u007f')
			.ofMaxLength(300);
		return Arbitraries.oneOf(seeds, cut, mutated, noise, Arbitraries.strings().ofMaxLength(200));
	}

	@Provide
	Arbitrary<String> sqlStates() {
		return Arbitraries.oneOf(Arbitraries.of(SQL_STATES), Arbitraries.strings().ofMaxLength(6));
	}

	@Provide
	Arbitrary<Integer> vendorCodes() {
		return Arbitraries.oneOf(Arbitraries.of(VENDOR_CODES), Arbitraries.integers());
	}

	@Provide
	Arbitrary<String> serverErrors() {
		Arbitrary<String> field = Combinators
			.combine(Arbitraries.of('S', 'V', 'C', 'M', 'D', 'H', 's', 't', 'c', 'n', 'R', 'F', 'L', 'P', 'W'),
					Arbitraries.oneOf(messages(), Arbitraries.of(SQL_STATES)))
			.as((code, value) -> code + value.replace('\0', ' ') + '\0');
		return field.list().ofMaxSize(10).map((fields) -> String.join("", fields));
	}

	private static void assertWellFormed(Optional<Cause> read) {
		read.ifPresent((cause) -> {
			assertThat(cause.kind()).isNotNull();
			assertThat(cause.columns()).doesNotContainNull();
			cause.constraint().ifPresent((name) -> assertThat(name).isNotBlank());
			cause.table().ifPresent((name) -> assertThat(name).isNotBlank());
		});
	}

	private static String seedsRepeated() {
		return String.join(" ", SEEDS).repeat(400);
	}

	private static int length(String message) {
		return (message != null) ? message.length() : 0;
	}

}
