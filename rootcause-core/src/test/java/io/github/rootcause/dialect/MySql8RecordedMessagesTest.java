package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.util.List;

import com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException;
import com.mysql.cj.jdbc.exceptions.SQLError;
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
 * MySQL 8 messages that MariaDB does not send, built by MySQL Connector/J's own exception factory from the texts
 * MySQL 8.0 and 8.4 send (error reference: {@code ER_DUP_ENTRY}, {@code ER_CHECK_CONSTRAINT_VIOLATED},
 * {@code ER_NO_REFERENCED_ROW_2}, {@code ER_ROW_IS_REFERENCED_2}), so they are read as they would be from a
 * MySQL server; and resolved against a live MariaDB catalog with the same tables.
 */
class MySql8RecordedMessagesTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.MARIADB);

	@Test
	void mySqlConnectorJBuildsIntegrityViolationsAsPlainJavaSqlExceptionsThatAreStillTold() {
		SQLException ex = mysql("Duplicate entry 'a@example.com' for key 'users.email'", "23000", 1062);
		assertThat(ex.getClass()).isEqualTo(SQLIntegrityConstraintViolationException.class);
		assertThat(Dialect.detect(ex)).contains(Database.MYSQL);
	}

	@Test
	void duplicateEntryOnMySql8NamesTableAndKeySeparately() {
		SQLException ex = mysql("Duplicate entry 'a@example.com' for key 'users.email'", "23000", 1062);
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE).withTable("users").withConstraint("email"));
	}

	@Test
	void primaryKeyOnMySql8IsPrefixedWithItsTable() {
		SQLException ex = mysql("Duplicate entry '42' for key 'orders.PRIMARY'", "23000", 1062);
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE).withTable("orders").withConstraint("PRIMARY"));
	}

	@Test
	void duplicateEntryOnMySql8WithForKeyAndQuotesInTheValueNamesTheLastKey() {
		SQLException ex = mysql("Duplicate entry 'it's \" for key 'x.y'' for key 'users.uq_users_name'", "23000", 1062);
		assertThat(RootCause.of(ex))
			.contains(cause(Kind.UNIQUE).withTable("users").withConstraint("uq_users_name"));
	}

	@Test
	void checkViolationOnMySql8NamesOnlyTheConstraint() {
		SQLException ex = mysql("Check constraint 'chk_age' is violated.", "HY000", 3819);
		assertThat(RootCause.of(ex)).contains(cause(Kind.CHECK).withConstraint("chk_age"));
	}

	@Test
	void missingParentOnMySql8NamesSchemaTableConstraintAndColumns() {
		SQLException ex = mysql("Cannot add or update a child row: a foreign key constraint fails (`shop`.`orders`, "
				+ "CONSTRAINT `fk_orders_customer` FOREIGN KEY (`customer_id`, `region`) REFERENCES `customers` "
				+ "(`id`, `region`) ON DELETE CASCADE ON UPDATE RESTRICT)", "23000", 1452);
		assertThat(RootCause.of(ex)).contains(cause(Kind.FOREIGN_KEY).withSchema("shop").withTable("orders")
			.withConstraint("fk_orders_customer").withColumns(List.of("customer_id", "region"))
			.withReference(Reference.MISSING));
	}

	@Test
	void referencedParentOnMySql8IsStillReferencedFromTheChildTable() {
		SQLException ex = mysql("Cannot delete or update a parent row: a foreign key constraint fails (`shop`.`orders`, "
				+ "CONSTRAINT `orders_ibfk_1` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`))", "23000", 1451);
		assertThat(RootCause.of(ex)).contains(cause(Kind.FOREIGN_KEY).withSchema("shop").withTable("orders")
			.withConstraint("orders_ibfk_1").withColumns(List.of("customer_id"))
			.withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void foreignKeyErrorsWithoutDetailsTellOnlyTheSide() {
		assertThat(RootCause.of(mysql("Cannot add or update a child row: a foreign key constraint fails", "23000", 1216)))
			.contains(cause(Kind.FOREIGN_KEY).withReference(Reference.MISSING));
		assertThat(RootCause.of(mysql("Cannot delete or update a parent row: a foreign key constraint fails", "23000", 1217)))
			.contains(cause(Kind.FOREIGN_KEY).withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void foreignKeyDetailsCutAtTheServersLimitGiveWhatWasReadBeforeTheCut() {
		String full = "Cannot add or update a child row: a foreign key constraint fails (`shop`.`orders`, "
				+ "CONSTRAINT `fk_orders_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`))";
		Cause whole = cause(Kind.FOREIGN_KEY).withSchema("shop").withTable("orders").withConstraint("fk_orders_customer")
			.withColumns(List.of("customer_id")).withReference(Reference.MISSING);
		for (int length = 0; length <= full.length(); length++) {
			String cut = full.substring(0, length);
			Cause read = RootCause.of(mysql(cut, "23000", 1452)).orElseThrow();
			assertThat(read.kind()).as(cut).isEqualTo(Kind.FOREIGN_KEY);
			assertThat(read.reference()).as(cut).contains(Reference.MISSING);
			read.table().ifPresent((table) -> assertThat(whole.table()).as(cut).contains(table));
			read.schema().ifPresent((schema) -> assertThat(whole.schema()).as(cut).contains(schema));
			read.constraint().ifPresent((name) -> assertThat(whole.constraint()).as(cut).contains(name));
			assertThat(whole.columns()).as(cut).containsAll(read.columns());
		}
	}

	@Test
	void nullHugeAndCutMessagesGiveTheKindTheVendorCodeTells() {
		String huge = "Duplicate entry '" + "x'".repeat(500_000) + "' for key 'users.email'";
		assertThat(RootCause.of(mysql(huge, "23000", 1062)))
			.contains(cause(Kind.UNIQUE).withTable("users").withConstraint("email"));
		assertThat(RootCause.of(mysql(null, "23000", 1062))).contains(cause(Kind.UNIQUE));
		assertThat(RootCause.of(mysql("Duplicate entry 'x' for key 'ema", "23000", 1062))).contains(cause(Kind.UNIQUE));
		assertThat(RootCause.of(mysql("Column '", "23000", 1048))).contains(cause(Kind.NOT_NULL));
		assertThat(RootCause.of(mysql("CONSTRAINT `chk", "23000", 4025))).contains(cause(Kind.CHECK));
		assertThat(RootCause.of(mysql("(conn=", "HY000", 3819))).contains(cause(Kind.CHECK));
		for (int code : new int[] { 1062, 1048, 1364, 1263, 1451, 1452, 1216, 1217, 3819, 4025, 1022 }) {
			assertThat(RootCause.of(mysql("`'`'(", "23000", code))).as("code " + code).isPresent();
		}
	}

	@Test
	void deadlocksTimeoutsAndBadValuesOnMySql8AreNotViolations() {
		assertThat(RootCause.of(new MySQLTransactionRollbackException(
				"Deadlock found when trying to get lock; try restarting transaction", "40001", 1213))).isEmpty();
		assertThat(RootCause.of(mysql("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205))).isEmpty();
		assertThat(RootCause.of(mysql("Data too long for column 'email' at row 1", "22001", 1406))).isEmpty();
		assertThat(RootCause.of(mysql("Out of range value for column 'age' at row 1", "22003", 1264))).isEmpty();
		assertThat(RootCause.of(mysql("Check constraint 'chk_age' uses column 'x'", "HY000", 3820))).isEmpty();
	}

	@Test
	void mySql8PrefixLetsResolveFindThePrimaryKeyWithoutTheStatement() throws SQLException {
		db.execute("create table region (code char(2) primary key)", "create table store (id int primary key)");
		SQLException ex = mysql("Duplicate entry 'FR' for key 'region.PRIMARY'", "23000", 1062);
		assertThat(RootCause.resolver(db.dataSource()).withCatalogWait(Duration.ofMinutes(1)).resolve(ex)).contains(Cause.of(Kind.UNIQUE)
			.withConstraint("PRIMARY").withSchema(db.schema()).withTable("region").withColumns(List.of("code"))
			.withDatabase(Database.MARIADB));
	}

	@Test
	void mySql8CheckResolvesItsTableAndColumnsFromTheCatalog() throws SQLException {
		db.execute("create table patient (id int primary key, age int, constraint chk_patient_age check (age >= 0))");
		SQLException ex = mysql("Check constraint 'chk_patient_age' is violated.", "HY000", 3819);
		assertThat(RootCause.resolver(db.dataSource()).withCatalogWait(Duration.ofMinutes(1)).resolve(ex)).contains(Cause.of(Kind.CHECK)
			.withConstraint("chk_patient_age").withSchema(db.schema()).withTable("patient").withColumns(List.of("age"))
			.withDatabase(Database.MARIADB));
	}

	/** An exception as MySQL Connector/J builds it from a server error packet. */
	private static SQLException mysql(String message, String sqlState, int vendorCode) {
		return SQLError.createSQLException(message, sqlState, vendorCode, null);
	}

	private static Cause cause(Kind kind) {
		return Cause.of(kind).withDatabase(Database.MYSQL);
	}

}
