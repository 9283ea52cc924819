package io.github.rootcause.spring.jdbc;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the failed statement from the exceptions Spring, jOOQ, MyBatis and H2 build.
 */
class FailedSqlTest {

	private static final SQLException VIOLATION = new SQLIntegrityConstraintViolationException(
			"Column 'name' cannot be null", "23000", 1048);

	@Test
	void readsTheStatementOfSpringsUncategorizedAndGrammarExceptions() {
		assertThat(FailedSql.of(new UncategorizedSQLException("task", "insert into a values (?)", VIOLATION)))
			.isEqualTo("insert into a values (?)");
		assertThat(FailedSql.of(new BadSqlGrammarException("task", "select x", new SQLException("bad"))))
			.isEqualTo("select x");
	}

	@Test
	void readsTheStatementFromTheMessageOfSpringsTranslatorsBehindOtherExceptions() {
		DataIntegrityViolationException translated = (DataIntegrityViolationException) new SQLExceptionSubclassTranslator()
			.translate("PreparedStatementCallback", "insert into pet (name) values ('a]; b')", VIOLATION);
		assertThat(FailedSql.of(new TransactionSystemException("commit failed", translated)))
			.isEqualTo("insert into pet (name) values ('a]; b')");
	}

	@Test
	void readsTheStatementFromJooqsMessage() {
		RuntimeException jooq = new RuntimeException("SQL [insert into app_user (username) values (?)]; "
				+ VIOLATION.getMessage(), VIOLATION);
		assertThat(FailedSql.of(jooq)).isEqualTo("insert into app_user (username) values (?)");
	}

	@Test
	void readsTheStatementFromMyBatissSqlLine() {
		RuntimeException myBatis = new RuntimeException("""

				### Error updating database.  Cause: java.sql.SQLIntegrityConstraintViolationException: boom
				### The error may exist in io/github/OwnerMapper.java (best guess)
				### SQL: insert into owner (first_name) values (?)
				### Cause: java.sql.SQLIntegrityConstraintViolationException: boom""", VIOLATION);
		assertThat(FailedSql.of(myBatis)).isEqualTo("insert into owner (first_name) values (?)");
	}

	@Test
	void readsTheStatementAtTheEndOfH2sMessage() {
		SQLException h2 = new SQLException("NULL not allowed for column \"NAME\"; SQL statement:\n"
				+ "INSERT INTO pet (name, type_id) VALUES(?, ?) [23502-232]", "23502");
		assertThat(FailedSql.of(new DataIntegrityViolationException("PreparedStatementCallback; " + h2.getMessage(),
				h2)))
			.isEqualTo("INSERT INTO pet (name, type_id) VALUES(?, ?)");
	}

	@Test
	void givesNullWhereNoExceptionTellsTheStatementAndForCyclesNullsAndHugeMessages() {
		assertThat(FailedSql.of(null)).isNull();
		assertThat(FailedSql.of(VIOLATION)).isNull();
		assertThat(FailedSql.of(new RuntimeException((String) null))).isNull();
		assertThat(FailedSql.of(new RuntimeException("task; SQL [unterminated"))).isNull();
		assertThat(FailedSql.of(new RuntimeException("### SQL: \n"))).isNull();
		RuntimeException first = new RuntimeException("first");
		RuntimeException second = new RuntimeException("second", first);
		first.initCause(second);
		assertThat(FailedSql.of(first)).isNull();
		assertThat(FailedSql.of(new RuntimeException("x; SQL [" + "y".repeat(2_000_000)))).isNull();
	}

}
