package io.github.rootcause;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resolver reads the catalog once, serves every later violation from the cache, reads it again only when
 * refreshed, and gets by without it when it cannot be read.
 */
class ResolverCachingH2Test {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.H2);

	private final AtomicInteger connections = new AtomicInteger();

	private final AtomicBoolean down = new AtomicBoolean();

	private final DataSource counting = new CountingDataSource();

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
	void notAViolationIsEmptyWithoutReadingTheCatalogTwice() {
		Resolver resolver = RootCause.resolver(this.counting);
		assertThat(resolver.resolve(new SQLException("syntax error", "42000"))).isEmpty();
		assertThat(resolver.resolve(new IllegalStateException("no SQL here"))).isEmpty();
		assertThat(resolver.resolve(null)).isEmpty();
		assertThat(this.connections).hasValue(1);
	}

	private final class CountingDataSource implements DataSource {

		@Override
		public Connection getConnection() throws SQLException {
			ResolverCachingH2Test.this.connections.incrementAndGet();
			if (ResolverCachingH2Test.this.down.get()) {
				throw new SQLTransientConnectionException("database is down", "08001");
			}
			return db.dataSource().getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() {
			return Logger.getGlobal();
		}

		@Override
		public <T> T unwrap(Class<T> iface) throws SQLException {
			throw new SQLException("not a wrapper");
		}

		@Override
		public boolean isWrapperFor(Class<?> iface) {
			return false;
		}

	}

}
