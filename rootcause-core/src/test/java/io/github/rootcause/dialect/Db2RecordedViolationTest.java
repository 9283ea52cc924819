package io.github.rootcause.dialect;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.RootCause;
import org.junit.jupiter.api.Test;

import static io.github.rootcause.testing.DriverExceptions.db2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Db2, from recorded SQLCAs: the SQLCODEs, SQLStates and SQLERRMC tokens the Db2 message reference documents,
 * thrown as the JCC driver builds its exceptions (there is no Db2 server here).
 */
class Db2RecordedViolationTest {

	@Test
	void driverExceptionIsDetectedAsDb2FromItsClassAndCarriesTheJccMessage() {
		SQLException ex = db2(-803, "23505", "2", "APP.CUSTOMER");
		assertThat(ex.getClass().getName()).isEqualTo("com.ibm.db2.jcc.am.SqlIntegrityConstraintViolationException");
		assertThat(ex.getMessage()).startsWith("DB2 SQL Error: SQLCODE=-803, SQLSTATE=23505, SQLERRMC=2;APP.CUSTOMER,");
		assertThat(Dialect.detect(ex)).contains(Database.DB2);
	}

	@Test
	void uniqueViolationOnDb2NamesSchemaAndTableButOnlyTheIndexId() {
		SQLException ex = db2(-803, "23505", "2", "APP.CUSTOMER");
		assertThat(RootCause.of(ex)).contains(db2Cause(Kind.UNIQUE).withSchema("APP").withTable("CUSTOMER"));
	}

	@Test
	void uniqueViolationOnDb2ForZosGivesTheKindOnly() {
		SQLException ex = db2(-803, "23505", "DSN00001.IXCUST", "X'0000000201'");
		assertThat(RootCause.of(ex)).contains(db2Cause(Kind.UNIQUE));
	}

	@Test
	void notNullViolationOnDb2NamesTheColumnWhenTheStatementDid() {
		SQLException ex = db2(-407, "23502", "EMAIL");
		assertThat(RootCause.of(ex)).contains(db2Cause(Kind.NOT_NULL).withColumns(List.of("EMAIL")));
	}

	@Test
	void notNullViolationOnDb2WithTableSpaceIdsGivesTheKindOnly() {
		SQLException ex = db2(-407, "23502", "TBSPACEID=2, TABLEID=3, COLNO=1");
		assertThat(ex.getMessage()).contains("SQLERRMC=TBSPACEID=2, TABLEID=3, COLNO=1, DRIVER=");
		assertThat(RootCause.of(ex)).contains(db2Cause(Kind.NOT_NULL));
	}

	@Test
	void foreignKeyViolationOnDb2InsertIsMissingReferenceAndNamesTheConstraintAndItsTable() {
		SQLException ex = db2(-530, "23503", "APP.ORDERS.FK_ORDER_CUSTOMER");
		assertThat(RootCause.of(ex)).contains(db2Cause(Kind.FOREIGN_KEY).withSchema("APP")
			.withTable("ORDERS")
			.withConstraint("FK_ORDER_CUSTOMER")
			.withReference(Reference.MISSING));
	}

	@Test
	void foreignKeyViolationOnDb2WithASchemaQualifiedNameNamesTheConstraint() {
		SQLException ex = db2(-530, "23503", "APP.FK_ORDER_CUSTOMER");
		assertThat(RootCause.of(ex)).contains(db2Cause(Kind.FOREIGN_KEY).withSchema("APP")
			.withConstraint("FK_ORDER_CUSTOMER")
			.withReference(Reference.MISSING));
	}

	@Test
	void foreignKeyViolationOnDb2UpdateOfTheParentIsStillReferenced() {
		SQLException ex = db2(-531, "23504", "APP.ORDERS.FK_ORDER_CUSTOMER");
		assertThat(RootCause.of(ex)).contains(db2Cause(Kind.FOREIGN_KEY).withSchema("APP")
			.withTable("ORDERS")
			.withConstraint("FK_ORDER_CUSTOMER")
			.withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void foreignKeyViolationOnDb2DeleteOfTheParentIsStillReferenced() {
		SQLException ex = db2(-532, "23504", "APP.ORDERS.FK_ORDER_CUSTOMER");
		assertThat(RootCause.of(ex)).contains(db2Cause(Kind.FOREIGN_KEY).withSchema("APP")
			.withTable("ORDERS")
			.withConstraint("FK_ORDER_CUSTOMER")
			.withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void checkViolationOnDb2NamesConstraintAndTable() {
		SQLException ex = db2(-545, "23513", "APP.ORDERS.CK_ORDER_QUANTITY");
		assertThat(RootCause.of(ex)).contains(db2Cause(Kind.CHECK).withSchema("APP")
			.withTable("ORDERS")
			.withConstraint("CK_ORDER_QUANTITY"));
	}

	@Test
	void namesOnDb2WithSemicolonsSpacesAndNonAsciiLettersAreExactFromTheSqlca() {
		SQLException ex = db2(-545, "23513", "Verkauf.Order Lines.ck;menge ≥ 1 Ü.x");
		assertThat(ex.getMessage()).contains("SQLERRMC=Verkauf.Order Lines.ck;menge ≥ 1 Ü.x,");
		assertThat(RootCause.of(ex)).contains(db2Cause(Kind.CHECK).withSchema("Verkauf")
			.withTable("Order Lines")
			.withConstraint("ck;menge ≥ 1 Ü.x"));
	}

	@Test
	void plainExceptionWithAJccMessageIsDetectedAndReadFromTheMessage() {
		SQLException ex = new SQLIntegrityConstraintViolationException("DB2 SQL Error: SQLCODE=-530, "
				+ "SQLSTATE=23503, SQLERRMC=APP.ORDERS.FK_ORDER_CUSTOMER, DRIVER=4.38.7", "23503", -530);
		assertThat(Dialect.detect(ex)).contains(Database.DB2);
		assertThat(RootCause.of(ex)).contains(db2Cause(Kind.FOREIGN_KEY).withSchema("APP")
			.withTable("ORDERS")
			.withConstraint("FK_ORDER_CUSTOMER")
			.withReference(Reference.MISSING));
	}

	@Test
	void batchUpdateExceptionOnDb2IsReadThroughItsNextException() {
		SQLException cause = db2(-803, "23505", "1", "APP.CUSTOMER");
		BatchUpdateException batch = new BatchUpdateException("[jcc][t4][102][10040][4.38.7] Batch failure. "
				+ "Use getNextException() to retrieve the exceptions for specific batched elements.", "22528", -4229,
				new long[] { -3 }, null);
		batch.setNextException(cause);
		assertThat(RootCause.of(batch))
			.contains(db2Cause(Kind.UNIQUE).withSchema("APP").withTable("CUSTOMER"));
	}

	@Test
	void truncatedMessagesOnDb2GiveTheKindOnly() {
		SQLException cut = new SQLIntegrityConstraintViolationException(
				"DB2 SQL Error: SQLCODE=-530, SQLSTATE=23503, SQLERRMC=APP.ORDERS.FK_ORD", "23503", 0);
		assertThat(RootCause.of(cut))
			.contains(db2Cause(Kind.FOREIGN_KEY).withReference(Reference.MISSING));
		SQLException cutCode = new SQLIntegrityConstraintViolationException("DB2 SQL Error: SQLCODE=-8", "23503", 0);
		assertThat(RootCause.of(cutCode)).isEmpty();
	}

	@Test
	void nullAndHugeMessagesOnDb2NeverThrow() {
		Dialect db2 = Dialect.of(Database.DB2);
		assertThat(db2.read(new SQLException(null, "23513", -545))).contains(db2Cause(Kind.CHECK));
		assertThat(db2.read(new SQLException(null, null, 0))).isEmpty();
		String huge = "DB2 SQL Error: SQLCODE=-803, SQLSTATE=23505, SQLERRMC=2;" + ";".repeat(1_000_000);
		assertThat(db2.read(new SQLException(huge, "23505", -803))).contains(db2Cause(Kind.UNIQUE));
	}

	@Test
	void deadlockOrTimeoutOnDb2IsNotAConstraintViolation() {
		SQLException ex = db2(-911, "40001", "2");
		assertThat(ex.getClass().getName()).isEqualTo("com.ibm.db2.jcc.am.SqlTransactionRollbackException");
		assertNothing(ex);
	}

	@Test
	void deadlockVictimWithoutRollbackOnDb2IsNotAConstraintViolation() {
		assertNothing(db2(-913, "57033", "00C9008E", "00000304", "DSNDB06.SYSTSFAU"));
	}

	@Test
	void valueTooLongOnDb2IsNotAConstraintViolation() {
		assertNothing(db2(-302, "22001", "APP.CUSTOMER.NAME"));
		assertNothing(db2(-433, "22001", "APP.ORDERS.FK_ORDER_CUSTOMER"));
	}

	private static void assertNothing(SQLException ex) {
		assertThat(RootCause.of(ex)).isEqualTo(Optional.empty());
	}

	private static Cause db2Cause(Kind kind) {
		return Cause.of(kind).withDatabase(Database.DB2);
	}

}
