package io.github.rootcause;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RootCauseTest {

	@Test
	void errorsThatAreNotConstraintViolationsGiveNothing() {
		assertThat(RootCause.of(new SQLException("syntax error at or near \"selec\"", "42601"))).isEmpty();
		assertThat(RootCause.of(new SQLTransactionRollbackException("deadlock detected", "40P01"))).isEmpty();
		assertThat(RootCause.of(new SQLException("value too long for type character varying(5)", "22001")))
			.isEmpty();
		assertThat(RootCause.of(new SQLException("Connection refused", "08001"))).isEmpty();
		assertThat(RootCause.of(new IllegalArgumentException("not SQL"))).isEmpty();
		assertThat(RootCause.of(null)).isEmpty();
	}

	@Test
	void standardSqlStateGivesTheKindWhenTheDatabaseCannotBeTold() {
		assertThat(RootCause.of(new SQLException("boom", "23505"))).map(Cause::kind).contains(Kind.UNIQUE);
		assertThat(RootCause.of(new SQLException("boom", "23502"))).map(Cause::kind).contains(Kind.NOT_NULL);
		assertThat(RootCause.of(new SQLException("boom", "23514"))).map(Cause::kind).contains(Kind.CHECK);
		assertThat(RootCause.of(new SQLException("boom", "23503"))).map(Cause::kind).contains(Kind.FOREIGN_KEY);
		assertThat(RootCause.of(new SQLException("boom", "23P01"))).map(Cause::kind).contains(Kind.EXCLUSION);
		assertThat(RootCause.of(new SQLException("boom", "23000"))).isEmpty();
	}

	@Test
	void readsThroughAnyWrapper() {
		RuntimeException wrapped = new RuntimeException("could not execute batch",
				new IllegalStateException(new SQLIntegrityConstraintViolationException("dup", "23505", 0)));
		assertThat(RootCause.of(wrapped)).map(Cause::kind).contains(Kind.UNIQUE);
	}

	@Test
	void pinnedDatabaseIsNamedInTheCause() {
		assertThat(RootCause.of(new SQLException("boom", "23505"), Database.POSTGRESQL))
			.flatMap(Cause::database)
			.contains(Database.POSTGRESQL);
	}

	@Test
	void pinnedDatabaseReadsWhatTheExceptionAloneDoesNotTell() {
		// A plain java.sql exception, thrown from no driver's code: nothing tells it came from MariaDB.
		SQLException bare = new SQLException("Duplicate entry 'a' for key 'uq_email'", "23000", 1062);
		bare.setStackTrace(new StackTraceElement[0]);
		assertThat(RootCause.of(bare)).isEmpty();
		assertThat(RootCause.of(bare, Database.MARIADB))
			.contains(Cause.of(Kind.UNIQUE).withConstraint("uq_email").withDatabase(Database.MARIADB));
	}

	@Test
	void mariaDbConnectorJExceptionIsToldFromItsConnectionPrefixWithoutItsStack() {
		SQLException plain = new SQLIntegrityConstraintViolationException(
				"(conn=12) Duplicate entry 'a' for key 'uq_email'", "23000", 1062);
		plain.setStackTrace(new StackTraceElement[0]);
		assertThat(RootCause.of(plain))
			.contains(Cause.of(Kind.UNIQUE).withConstraint("uq_email").withDatabase(Database.MARIADB));
		SQLException notAPrefix = new SQLException("(conn=x) Duplicate entry 'a' for key 'uq_email'", "23000", 1062);
		notAPrefix.setStackTrace(new StackTraceElement[0]);
		assertThat(RootCause.of(notAPrefix)).isEmpty();
	}

	@Test
	void databaseToPinIsToldFromTheProductNameTheMetadataReports() {
		assertThat(Database.fromProductName("PostgreSQL")).contains(Database.POSTGRESQL);
		assertThat(Database.fromProductName("MariaDB")).contains(Database.MARIADB);
		assertThat(Database.fromProductName("MySQL")).contains(Database.MYSQL);
		assertThat(Database.fromProductName("Oracle")).contains(Database.ORACLE);
		assertThat(Database.fromProductName("Microsoft SQL Server")).contains(Database.SQL_SERVER);
		assertThat(Database.fromProductName("DB2/LINUXX8664")).contains(Database.DB2);
		assertThat(Database.fromProductName("H2")).contains(Database.H2);
		assertThat(Database.fromProductName("HSQL Database Engine")).contains(Database.HSQLDB);
		assertThat(Database.fromProductName("Apache Derby")).contains(Database.DERBY);
		assertThat(Database.fromProductName("SQLite")).contains(Database.SQLITE);
		assertThat(Database.fromProductName("Informix Dynamic Server")).isEmpty();
		assertThat(Database.fromProductName(null)).isEmpty();
	}

	@Test
	void batchSummaryLosesToTheDriverExceptionThatNamesMore() {
		BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", 0, new int[0]);
		SQLException real = new SQLException("ERROR: duplicate key value violates unique constraint \"uq_t\"", "23505");
		batch.setNextException(real);
		assertThat(RootCause.of(batch, Database.POSTGRESQL)).map(Cause::kind).contains(Kind.UNIQUE);
	}

}
