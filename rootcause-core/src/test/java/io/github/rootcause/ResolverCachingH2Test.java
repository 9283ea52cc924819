package io.github.rootcause;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resolver reads the catalog once, at the first violation (off the caller's thread), serves every later
 * violation from that read, reads it again when refreshed, gets by without it when it cannot be read, and never
 * connects for an exception that is not a violation.
 */
class ResolverCachingH2Test {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.H2);

	private final WatchedDataSource watched = new WatchedDataSource(db.dataSource());

	private final AtomicInteger connections = this.watched.connections();

	private final AtomicBoolean down = this.watched.down();

	private final DataSource counting = this.watched.dataSource();

	@Test
	void catalogIsReadOnceAndReusedForEveryViolation() throws SQLException {
		db.execute("create table once (id int primary key, code varchar(10) constraint uq_once_code unique)",
				"insert into once values (1, 'a')");
		Resolver resolver = RootCause.resolver(this.counting);
		for (int i = 0; i < 5; i++) {
			SQLException duplicate = db.violation("insert into once values (" + (i + 2) + ", 'a')");
			assertThat(resolver.resolve(duplicate)).map(Cause::kind).contains(Kind.UNIQUE);
		}
		assertThat(this.connections).hasValue(1);
	}

	@Test
	void refreshReadsTheCatalogAgainAndSeesNewConstraints() throws SQLException {
		Resolver resolver = RootCause.resolver(this.counting);
		assertThat(resolver.catalog().named("uq_later_code")).isEmpty();
		db.execute("create table later (id int primary key, code varchar(10) constraint uq_later_code unique)");
		assertThat(resolver.catalog().named("uq_later_code")).isEmpty();
		resolver.refresh();
		assertThat(resolver.catalog().named("uq_later_code")).singleElement()
			.satisfies((constraint) -> assertThat(constraint.columns()).containsExactly("CODE"));
		assertThat(this.connections).hasValue(2);
	}

	@Test
	void unreadableCatalogGivesWhatTheExceptionTellsAndIsTriedAgain() {
		Resolver resolver = RootCause.resolver(this.counting);
		this.down.set(true);
		SQLException duplicate = new SQLIntegrityConstraintViolationException("duplicate", "23505", 0);
		assertThat(resolver.resolve(duplicate)).map(Cause::kind).contains(Kind.UNIQUE);
		assertThat(resolver.catalog().constraints()).isEmpty();
		this.down.set(false);
		assertThat(resolver.catalog().database()).contains(Database.H2);
	}

	@Test
	void notAViolationIsEmptyWithoutReadingTheCatalog() {
		Resolver resolver = RootCause.resolver(this.counting);
		assertThat(resolver.resolve(new SQLException("syntax error", "42000"))).isEmpty();
		assertThat(resolver.resolve(new IllegalStateException("no SQL here"))).isEmpty();
		assertThat(resolver.resolve(null)).isEmpty();
		assertThat(this.connections).hasValue(0);
	}

	@Test
	void lostConnectionsWhileTheDatabaseIsDownNeverMakeTheResolverConnect() {
		Resolver resolver = RootCause.resolver(this.counting);
		this.down.set(true);
		for (int i = 0; i < 3; i++) {
			SQLException lost = new SQLTransientConnectionException("Connection refused", "08001");
			assertThat(resolver.resolve(lost, "insert into once values (1, 'a')")).isEmpty();
		}
		assertThat(this.connections).hasValue(0);
	}

	@Test
	void violationOnlyTheStandardSqlStateTellsIsReadAgainWithTheDialectOfTheCatalog() throws SQLException {
		db.execute("create table pinned (id int primary key, code varchar(10) constraint uq_pinned_code unique)",
				"insert into pinned values (1, 'a')");
		Resolver resolver = RootCause.resolver(this.counting).withCatalogWait(Duration.ofMinutes(1));
		// Lost its class, stack and error code on the way: only the pinned H2 dialect reads the parameter.
		SQLException bare = new SQLException(db.violation("insert into pinned values (2, 'a')").getMessage(),
				"23505");
		bare.setStackTrace(new StackTraceElement[0]);
		assertThat(resolver.resolve(bare)).map(Cause::constraint).contains(Optional.of("UQ_PINNED_CODE"));
		assertThat(this.connections).hasValue(1);
	}

}
