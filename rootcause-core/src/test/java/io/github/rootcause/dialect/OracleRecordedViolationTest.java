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
import oracle.jdbc.driver.DatabaseError;
import org.junit.jupiter.api.Test;

import static io.github.rootcause.testing.DriverExceptions.oracle;
import static io.github.rootcause.testing.DriverExceptions.oracleWithMessage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oracle, from recorded messages: the texts the Oracle error reference documents, thrown as ojdbc 23 builds its
 * exceptions (there is no Oracle server here).
 */
class OracleRecordedViolationTest {

	@Test
	void driverExceptionIsDetectedAsOracleFromItsOracleDatabaseExceptionCause() {
		SQLException ex = oracle(1, "ORA-00001: unique constraint (APP.UQ_CUSTOMER_EMAIL) violated");
		assertThat(ex.getClass()).isEqualTo(SQLIntegrityConstraintViolationException.class);
		assertThat(Dialect.detect(ex)).contains(Database.ORACLE);
	}

	@Test
	void uniqueViolationOnOracleNamesTheConstraintAndItsSchema() {
		SQLException ex = oracle(1, "ORA-00001: unique constraint (APP.UQ_CUSTOMER_EMAIL) violated");
		assertThat(RootCause.of(ex))
			.contains(oracleCause(Kind.UNIQUE).withSchema("APP").withConstraint("UQ_CUSTOMER_EMAIL"));
	}

	@Test
	void primaryKeyViolationOnOracleIsUniqueWithTheSystemGeneratedName() {
		SQLException ex = oracleWithMessage(1, "ORA-00001: unique constraint (APP.SYS_C008123) violated\n");
		assertThat(RootCause.of(ex))
			.contains(oracleCause(Kind.UNIQUE).withSchema("APP").withConstraint("SYS_C008123"));
	}

	@Test
	void uniqueViolationOnOracle23aiAlsoNamesTableAndColumnsAndIgnoresTheValueDetails() {
		SQLException ex = oracle(1, "ORA-00001: unique constraint (APP.UQ_CUSTOMER_NAME) violated on table "
				+ "APP.CUSTOMER columns (FIRST_NAME, LAST_NAME)\n"
				+ "ORA-03301: (ORA-00001 details) row with column values (FIRST_NAME:'x) violated on table EVIL.T "
				+ "columns (EVIL', LAST_NAME:'O''Brien') already exists");
		assertThat(RootCause.of(ex)).contains(oracleCause(Kind.UNIQUE).withSchema("APP")
			.withConstraint("UQ_CUSTOMER_NAME")
			.withTable("CUSTOMER")
			.withColumns(List.of("FIRST_NAME", "LAST_NAME")));
	}

	@Test
	void uniqueViolationOnOracleKeepsQuotedNamesWithSpacesParenthesesAndNonAsciiLetters() {
		SQLException ex = oracle(1, "ORA-00001: unique constraint (Verkauf.Uq (E-Mail) Kunde Ü) violated");
		assertThat(RootCause.of(ex))
			.contains(oracleCause(Kind.UNIQUE).withSchema("Verkauf").withConstraint("Uq (E-Mail) Kunde Ü"));
	}

	@Test
	void notNullViolationOnOracleInsertNamesSchemaTableAndColumn() {
		SQLException ex = oracle(1400, "ORA-01400: cannot insert NULL into (\"APP\".\"CUSTOMER\".\"EMAIL\")");
		assertThat(RootCause.of(ex)).contains(oracleCause(Kind.NOT_NULL).withSchema("APP")
			.withTable("CUSTOMER")
			.withColumns(List.of("EMAIL")));
	}

	@Test
	void notNullViolationOnOracleUpdateIsReadAlthoughTheDriverGivesItSqlState72000() {
		SQLException ex = oracle(1407, "ORA-01407: cannot update (\"APP\".\"CUSTOMER\".\"EMAIL\") to NULL");
		assertThat(ex.getSQLState()).isEqualTo("72000");
		assertThat(RootCause.of(ex)).contains(oracleCause(Kind.NOT_NULL).withSchema("APP")
			.withTable("CUSTOMER")
			.withColumns(List.of("EMAIL")));
	}

	@Test
	void notNullViolationOnOracleSplitsQuotedNamesWithDotsAndSpacesExactly() {
		SQLException ex = oracle(1400,
				"ORA-01400: cannot insert NULL into (\"My Schema\".\"Order.Lines\".\"Qty (ordered) Ä\")");
		assertThat(RootCause.of(ex)).contains(oracleCause(Kind.NOT_NULL).withSchema("My Schema")
			.withTable("Order.Lines")
			.withColumns(List.of("Qty (ordered) Ä")));
	}

	@Test
	void checkViolationOnOracleNamesTheConstraint() {
		SQLException ex = oracle(2290, "ORA-02290: check constraint (APP.CK_ORDER_QUANTITY) violated");
		assertThat(RootCause.of(ex))
			.contains(oracleCause(Kind.CHECK).withSchema("APP").withConstraint("CK_ORDER_QUANTITY"));
	}

	@Test
	void foreignKeyViolationOnOracleWithMissingParentIsMissingReference() {
		SQLException ex = oracle(2291,
				"ORA-02291: integrity constraint (APP.FK_ORDER_CUSTOMER) violated - parent key not found");
		assertThat(RootCause.of(ex)).contains(oracleCause(Kind.FOREIGN_KEY).withSchema("APP")
			.withConstraint("FK_ORDER_CUSTOMER")
			.withReference(Reference.MISSING));
	}

	@Test
	void foreignKeyViolationOnOracleWithChildRecordIsStillReferenced() {
		SQLException ex = oracle(2292,
				"ORA-02292: integrity constraint (APP.FK_ORDER_CUSTOMER) violated - child record found");
		assertThat(RootCause.of(ex)).contains(oracleCause(Kind.FOREIGN_KEY).withSchema("APP")
			.withConstraint("FK_ORDER_CUSTOMER")
			.withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void foreignKeyViolationOnOracleInAnotherLanguageStillNamesTheConstraint() {
		SQLException ex = oracle(2291, "ORA-02291: Integriteitsbeperking (STUD.FK5FAA95BEDEC554D) is geschonden - "
				+ "bovenliggende sleutel is niet gevonden.");
		assertThat(RootCause.of(ex)).contains(oracleCause(Kind.FOREIGN_KEY).withSchema("STUD")
			.withConstraint("FK5FAA95BEDEC554D")
			.withReference(Reference.MISSING));
	}

	@Test
	void violationRaisedInsidePlSqlOnOracleIsReadFromItsOwnLine() {
		SQLException ex = oracle(1, "ORA-00001: unique constraint (APP.UQ_CUSTOMER_EMAIL) violated\n"
				+ "ORA-06512: at \"APP.ADD_CUSTOMER\", line 4\nORA-06512: at line 1");
		assertThat(RootCause.of(ex))
			.contains(oracleCause(Kind.UNIQUE).withSchema("APP").withConstraint("UQ_CUSTOMER_EMAIL"));
	}

	@Test
	void batchUpdateExceptionOnOracle23aiIsReadFromTheSummaryWhoseLinesTheDriverJoined() {
		SQLException cause = oracle(1, "ORA-00001: unique constraint (APP.UQ_CUSTOMER_EMAIL) violated on table "
				+ "APP.CUSTOMER columns (EMAIL)\nORA-03301: (ORA-00001 details) row with column values "
				+ "(EMAIL:'a) b') already exists");
		BatchUpdateException batch = DatabaseError.createBatchUpdateException(cause, "insert into customer", 1,
				new long[] { 1 });
		Cause expected = oracleCause(Kind.UNIQUE).withSchema("APP")
			.withConstraint("UQ_CUSTOMER_EMAIL")
			.withTable("CUSTOMER")
			.withColumns(List.of("EMAIL"));
		assertThat(batch.getMessage()).doesNotContain("\n");
		assertThat(Dialect.of(Database.ORACLE).read(batch)).contains(expected);
		assertThat(RootCause.of(new RuntimeException(batch))).contains(expected);
	}

	@Test
	void truncatedMessagesOnOracleGiveTheKindOnly() {
		assertThat(RootCause.of(oracleWithMessage(1, "ORA-00001: unique constraint (APP.UQ_CUS")))
			.contains(oracleCause(Kind.UNIQUE));
		assertThat(RootCause.of(oracleWithMessage(1400, "ORA-01400: cannot insert NULL into (\"APP\".\"CUS")))
			.contains(oracleCause(Kind.NOT_NULL));
		assertThat(RootCause.of(oracleWithMessage(2292, "ORA-02292: integrity constraint (")))
			.contains(oracleCause(Kind.FOREIGN_KEY).withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void nullAndHugeMessagesOnOracleGiveTheKindFromTheVendorCode() {
		Dialect oracle = Dialect.of(Database.ORACLE);
		assertThat(oracle.read(new SQLIntegrityConstraintViolationException(null, "23000", 2290)))
			.contains(oracleCause(Kind.CHECK));
		String huge = "ORA-00001: unique constraint (" + "A".repeat(1_000_000);
		assertThat(oracle.read(new SQLIntegrityConstraintViolationException(huge, "23000", 1)))
			.contains(oracleCause(Kind.UNIQUE));
	}

	@Test
	void deadlockOnOracleIsNotAConstraintViolation() {
		assertNothing(oracle(60, "ORA-00060: deadlock detected while waiting for resource"));
	}

	@Test
	void valueTooLargeOnOracleIsNotAConstraintViolation() {
		assertNothing(oracle(12899, "ORA-12899: value too large for column \"APP\".\"CUSTOMER\".\"NAME\" "
				+ "(actual: 300, maximum: 255)"));
	}

	@Test
	void numericOverflowOnOracleIsNotAConstraintViolation() {
		assertNothing(oracle(1438, "ORA-01438: value larger than specified precision allowed for this column"));
	}

	@Test
	void otherErrorsOnOracleThatMentionConstraintsAreNotViolations() {
		assertNothing(oracle(2430, "ORA-02430: cannot enable constraint (APP.FK_X) - no such constraint"));
		assertNothing(oracle(942, "ORA-00942: table or view \"APP\".\"UNIQUE CONSTRAINT (A.B) VIOLATED\" "
				+ "does not exist"));
	}

	private static void assertNothing(SQLException ex) {
		assertThat(RootCause.of(ex)).isEqualTo(Optional.empty());
	}

	private static Cause oracleCause(Kind kind) {
		return Cause.of(kind).withDatabase(Database.ORACLE);
	}

}
