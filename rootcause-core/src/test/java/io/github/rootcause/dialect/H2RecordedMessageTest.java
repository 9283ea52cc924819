package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages the live tests cannot produce on the H2 on the classpath: those of H2 2.3.232 (recorded from it), names
 * that hold the separators H2 writes around them, values that look like the end of the parameter, and broken
 * messages. The exceptions are built the way H2 builds them: original message plus statement.
 */
class H2RecordedMessageTest {

	private final Dialect dialect = Dialect.of(Database.H2);

	@Test
	void uniqueViolationOnH2Before24NamesTheBackingIndex() {
		Optional<Cause> cause = read(23505, "Unique index or primary key violation: \"PUBLIC.UQ_EMAIL_INDEX_5 ON"
				+ " PUBLIC.CUSTOMER(EMAIL NULLS FIRST) VALUES ( /* 1 */ 'a@b.c' )\"");
		assertThat(cause).contains(h2Cause(Kind.UNIQUE)
			.withConstraint("UQ_EMAIL_INDEX_5")
			.withSchema("PUBLIC")
			.withTable("CUSTOMER")
			.withColumns(List.of("EMAIL")));
	}

	@Test
	void primaryKeyViolationOnH2Before24NamesTableAndColumnsButNoConstraint() {
		Optional<Cause> cause = read(23505, "Unique index or primary key violation: \"PRIMARY KEY ON"
				+ " PUBLIC.CUSTOMER(ID) ( /* key:1 */ 1, 'a@b.c', 'x', 1, NULL, NULL, NULL)\"");
		assertThat(cause).contains(
				h2Cause(Kind.UNIQUE).withSchema("PUBLIC").withTable("CUSTOMER").withColumns(List.of("ID")));
	}

	@Test
	void uniqueViolationOnH2WhoseValueLooksLikeTheEndOfTheMessageReadsOnlyTheNames() {
		Optional<Cause> cause = read(23505, "Unique index or primary key violation: \"PUBLIC.UQ_EMAIL INDEX"
				+ " PUBLIC.UQ_EMAIL_INDEX_5 ON PUBLIC.CUSTOMER(EMAIL NULLS FIRST) VALUES ( /* 7 */ 'it''s \"\"quoted\"\""
				+ " ; SQL statement: x ON PUBLIC.OTHER(Y)' )\"");
		assertThat(cause).contains(h2Cause(Kind.UNIQUE)
			.withConstraint("UQ_EMAIL")
			.withSchema("PUBLIC")
			.withTable("CUSTOMER")
			.withColumns(List.of("EMAIL")));
	}

	@Test
	void uniqueViolationOnH2UnescapesUnicodeIdentifiersAndDoubledQuotes() {
		Optional<Cause> cause = read(23505, "Unique index or primary key violation: \"PUBLIC.U&\"\"Uq \\\\+01f600"
				+ " Mix\\\\00e9\"\" INDEX PUBLIC.\"\"X_INDEX\"\" ON \"\"Sch\"\"\"\"ema\"\".\"\"My Table\"\"(\"\"Mixed Col\"\""
				+ " DESC NULLS LAST, B) VALUES ( /* 1 */ 'a', 1 )\"");
		assertThat(cause).contains(h2Cause(Kind.UNIQUE)
			.withConstraint("Uq \uD83D\uDE00 Mixé")
			.withSchema("PUBLIC")
			.withTable("My Table")
			.withColumns(List.of("Mixed Col", "B")));
	}

	@Test
	void foreignKeyViolationOnH2WhoseNameHoldsTheSeparatorFindsTheTableAfterIt() {
		Optional<Cause> cause = read(23506, "Referential integrity constraint violation: \"Fk: Kü: PUBLIC.U&\"\"K\\\\00fc"
				+ " Child\"\" FOREIGN KEY(\"\"Parent Id\"\") REFERENCES PUBLIC.U&\"\"K\\\\00fc Parent\"\"(Pid) (9)\"");
		assertThat(cause).contains(h2Cause(Kind.FOREIGN_KEY)
			.withConstraint("Fk: Kü")
			.withSchema("PUBLIC")
			.withTable("Kü Child")
			.withColumns(List.of("Parent Id"))
			.withReference(Reference.MISSING));
	}

	@Test
	void checkViolationOnH2WhoseNameHoldsTheSeparatorKeepsTheWholeName() {
		assertThat(read(23513, "Check constraint violation: \"weird: name: \""))
			.contains(h2Cause(Kind.CHECK).withConstraint("weird: name"));
	}

	@Test
	void checkViolationOnH2BeforeTheConditionWasDroppedNamesTheCheck() {
		assertThat(read(23513, "Check constraint violation: \"CK_PRICE: (PRICE > 0)\""))
			.contains(h2Cause(Kind.CHECK).withConstraint("CK_PRICE"));
	}

	@Test
	void notNullViolationOnH2UndoublesQuotesAndBackslashesInTheColumn() {
		assertThat(read(23502, "NULL not allowed for column \"a\"\"b\\\\c\""))
			.contains(h2Cause(Kind.NOT_NULL).withColumns(List.of("a\"b\\c")));
	}

	@Test
	void violationOnH2WithABrokenMessageStillTellsTheKind() {
		assertThat(read(23505, "Unique index or primary key violation: \"PUBLIC.UQ_EMAIL INDEX PUBLIC.UQ_EM"))
			.contains(h2Cause(Kind.UNIQUE));
		assertThat(read(23505, "Unique index or primary key violation: \"PUBLIC.UQ_EMAIL INDEX PUBLIC.UQ_EM\""))
			.contains(h2Cause(Kind.UNIQUE).withConstraint("UQ_EMAIL").withSchema("PUBLIC"));
		assertThat(read(23506, "Referential integrity constraint violation: \"FK_X\""))
			.contains(h2Cause(Kind.FOREIGN_KEY).withReference(Reference.MISSING));
		assertThat(read(23503, null)).contains(h2Cause(Kind.FOREIGN_KEY).withReference(Reference.STILL_REFERENCED));
		assertThat(read(23513, "\"")).contains(h2Cause(Kind.CHECK));
	}

	@Test
	void violationOnH2WithAMegabyteMessageIsReadInLinearTime() {
		String value = "\"\": ".repeat(250_000);
		Optional<Cause> cause = read(23506, "Referential integrity constraint violation: \"" + value + "\"");
		assertThat(cause).map(Cause::kind).contains(Kind.FOREIGN_KEY);
		assertThat(read(23505, "Unique index or primary key violation: \"PUBLIC.UQ INDEX PUBLIC.UQ_INDEX_1 ON"
				+ " PUBLIC.T(" + "A, ".repeat(250_000) + "\""))
			.contains(h2Cause(Kind.UNIQUE).withConstraint("UQ").withSchema("PUBLIC").withTable("T"));
	}

	@Test
	void otherErrorsOnH2AreNoConstraintViolations() {
		assertThat(read(23514, "Check constraint invalid: \"CK_X: \"")).isEmpty();
		assertThat(read(90028, "IO Exception: \"x\"")).isEmpty();
		assertThat(this.dialect.read(new SQLException("Lost", "08006", 90067))).isEmpty();
	}

	@Test
	void violationOnH2WrappedWithoutItsErrorCodeIsReadFromTheSqlState() {
		SQLException wrapped = new SQLException("NULL not allowed for column \"NAME\"", "23502");
		assertThat(this.dialect.read(wrapped)).contains(h2Cause(Kind.NOT_NULL).withColumns(List.of("NAME")));
	}

	private Optional<Cause> read(int code, String message) {
		return this.dialect.read(new JdbcSQLIntegrityConstraintViolationException(message, "insert into t values (1)",
				String.valueOf(code), code, null, null));
	}

	private static Cause h2Cause(Kind kind) {
		return Cause.of(kind).withDatabase(Database.H2);
	}

}
