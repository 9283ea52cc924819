package io.github.rootcause.dialect;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HSQLDB messages the live tests do not produce: recorded from HSQLDB 2.7.3 with odd names, translated (HSQLDB
 * ships Spanish), broken or huge. The exceptions are built the way HSQLDB's JDBC driver builds them: a plain
 * {@link SQLIntegrityConstraintViolationException} with SQLState and negative vendor code.
 */
class HsqldbRecordedMessageTest {

	private final Dialect dialect = Dialect.of(Database.HSQLDB);

	@Test
	void uniqueViolationOnHsqldbInSpanishIsReadFromTheUntranslatedPart() {
		assertThat(read("23505", -104,
				"violación del restricción de integridad: violación de índice o clave única ; UQ_EMAIL table: CUSTOMER"))
			.contains(hsqldbCause(Kind.UNIQUE).withConstraint("UQ_EMAIL").withTable("CUSTOMER"));
	}

	@Test
	void uniqueIndexViolationOnHsqldbWithAQuotedNameHoldingTheSeparatorReadsItBackFromTheEnd() {
		assertThat(read("23505", -104,
				"integrity constraint violation: unique constraint or index violation: \"ux: a \"\"q\"\"\""))
			.contains(hsqldbCause(Kind.UNIQUE).withConstraint("ux: a \"q\""));
	}

	@Test
	void uniqueIndexViolationOnHsqldbWithAQuotedNameHoldingTheDetailsSeparatorReadsTheWholeName() {
		// Found by HsqldbDialectFuzzTest: the "; " inside the name was taken for the start of the details.
		assertThat(read("23505", -104,
				"integrity constraint violation: unique constraint or index violation: \"ux; CK table: T\""))
			.contains(hsqldbCause(Kind.UNIQUE).withConstraint("ux; CK table: T"));
	}

	@Test
	void foreignKeyViolationOnHsqldbWithQuotedNamesHoldingTheMarkersReadsThemWhole() {
		assertThat(read("23503", -177, "integrity constraint violation: foreign key no parent ;"
				+ " \"Fk; Kü table: x\" table: \"Kü Child\" value: 9 column: y"))
			.contains(hsqldbCause(Kind.FOREIGN_KEY)
				.withConstraint("Fk; Kü table: x")
				.withTable("Kü Child")
				.withReference(Reference.MISSING));
	}

	@Test
	void foreignKeyViolationOnHsqldbOfAParentStillReferencedNamesTheChildTable() {
		assertThat(read("23504", -8, "integrity constraint violation: foreign key no action ; FK_R table: CHILD"))
			.contains(hsqldbCause(Kind.FOREIGN_KEY)
				.withConstraint("FK_R")
				.withTable("CHILD")
				.withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void notNullViolationOnHsqldbUndoublesQuotesInTheColumn() {
		assertThat(read("23502", -10, "integrity constraint violation: NOT NULL check constraint ; SYS_CT_10102"
				+ " table: \"My Table\" column: \"Nn \"\"q\"\"\""))
			.contains(hsqldbCause(Kind.NOT_NULL)
				.withConstraint("SYS_CT_10102")
				.withTable("My Table")
				.withColumns(List.of("Nn \"q\"")));
	}

	@Test
	void checkViolationOnHsqldbWithUnquotedNamesHoldingTheMarkerEndsTheNameAtTheFirstMarker() {
		assertThat(read("23513", -157, "integrity constraint violation: check constraint ; c table: a table: b"))
			.contains(hsqldbCause(Kind.CHECK).withConstraint("c").withTable("a table: b"));
	}

	@Test
	void violationOnHsqldbWithABrokenMessageStillTellsTheKind() {
		assertThat(read("23505", -104, null)).contains(hsqldbCause(Kind.UNIQUE));
		assertThat(read("23505", -104, "")).contains(hsqldbCause(Kind.UNIQUE));
		assertThat(read("23513", -157, "integrity constraint violation: check constraint ; ")).contains(hsqldbCause(Kind.CHECK));
		assertThat(read("23502", -10, "integrity constraint violation: NOT NULL check constraint ; \"SYS_CT table"))
			.contains(hsqldbCause(Kind.NOT_NULL));
		assertThat(read("23503", -177, "integrity constraint violation: foreign key no parent ; FK_X tab"))
			.contains(hsqldbCause(Kind.FOREIGN_KEY).withConstraint("FK_X tab").withReference(Reference.MISSING));
	}

	@Test
	void violationOnHsqldbWithAMegabyteMessageIsReadInLinearTime() {
		String name = "\"".repeat(1_000_001);
		assertThat(read("23505", -104, "integrity constraint violation: unique constraint or index violation: " + name))
			.map(Cause::kind)
			.contains(Kind.UNIQUE);
		assertThat(read("23503", -177, "x ; A table: B value: " + " value: ".repeat(125_000)))
			.contains(hsqldbCause(Kind.FOREIGN_KEY).withConstraint("A").withTable("B").withReference(Reference.MISSING));
	}

	@Test
	void otherErrorsOnHsqldbAreNoConstraintViolations() {
		assertThat(read("23000", -3500, "integrity constraint violation")).isEmpty();
		assertThat(read("40001", -4861, "transaction rollback: serialization failure")).isEmpty();
		assertThat(read("22001", 3401, "data exception: string data, right truncation ; size limit: 10 table: T"))
			.isEmpty();
	}

	@Test
	void violationOnHsqldbIsDetectedFromTheMessageWhenTheDriverCauseIsGone() {
		SQLException exception = new SQLIntegrityConstraintViolationException(
				"integrity constraint violation: check constraint ; CK_PRICE table: CUSTOMER", "23513", -157);
		assertThat(RootCause.of(exception)).contains(
				hsqldbCause(Kind.CHECK).withConstraint("CK_PRICE").withTable("CUSTOMER").withDatabase(Database.HSQLDB));
	}

	private Optional<Cause> read(String sqlState, int code, String message) {
		return this.dialect.read(new SQLIntegrityConstraintViolationException(message, sqlState, code));
	}

	private static Cause hsqldbCause(Kind kind) {
		return Cause.of(kind).withDatabase(Database.HSQLDB);
	}

}
