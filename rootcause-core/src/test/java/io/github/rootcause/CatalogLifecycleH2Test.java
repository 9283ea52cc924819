package io.github.rootcause;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;

import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.CatalogState;
import io.github.rootcause.catalog.Constraint;
import io.github.rootcause.catalog.LiveCatalog;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The catalog's life as a resolver sees it: a violation never waits on a read longer than its bound, a refresh
 * keeps the old catalog answering until the new one is read, a violation of a constraint the catalog lacks reads
 * it again at most once per interval, and a read that fails in whole or in part is logged once, without the
 * database's message, and tried again.
 */
class CatalogLifecycleH2Test {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.H2);

	private final WatchedDataSource watched = new WatchedDataSource(db.dataSource());

	@RegisterExtension
	final CatalogLogCapture log = new CatalogLogCapture();

	@AfterEach
	void release() {
		this.watched.release();
	}

	@Test
	void violationBeforeTheFirstReadWaitsNoLongerThanItsBoundAndLaterViolationsGetTheCatalog() throws Exception {
		db.execute("create table gated (id int primary key, code varchar(10) constraint uq_gated_code unique)",
				"insert into gated values (1, 'a')");
		this.watched.hold();
		Resolver resolver = RootCause.resolver(this.watched.dataSource());
		SQLException duplicate = db.violation("insert into gated values (2, 'a')");
		Cause first = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> resolver.resolve(duplicate).orElseThrow());
		assertThat(first.constraint()).contains("UQ_GATED_CODE");
		assertThat(resolver.liveCatalog().state().status()).isEqualTo(CatalogState.Status.NOT_READ);
		this.watched.release();
		Catalog read = resolver.readCatalog().toCompletableFuture().get(30, TimeUnit.SECONDS);
		assertThat(read.named("uq_gated_code")).hasSize(1);
		assertThat(resolver.liveCatalog().state().status()).isEqualTo(CatalogState.Status.COMPLETE);
		assertThat(this.watched.connections()).hasValue(1);
	}

	@Test
	void cancellingAStageItHandedOutCancelsThatWaitAloneNotTheReadOthersWaitFor() throws Exception {
		Resolver resolver = RootCause.resolver(this.watched.dataSource());
		this.watched.hold();
		CompletableFuture<Catalog> abandoned = resolver.readCatalog().toCompletableFuture();
		CompletableFuture<Catalog> awaited = resolver.readCatalog().toCompletableFuture();
		abandoned.cancel(true);
		this.watched.release();
		assertThat(awaited.get(30, TimeUnit.SECONDS).database()).contains(Database.H2);
		assertThat(resolver.liveCatalog().state().status()).isEqualTo(CatalogState.Status.COMPLETE);
	}

	@Test
	void refreshKeepsTheOldCatalogAnsweringUntilTheNewOneIsRead() throws Exception {
		Resolver resolver = RootCause.resolver(this.watched.dataSource());
		resolver.readCatalog().toCompletableFuture().get(30, TimeUnit.SECONDS);
		db.execute("create table migrated (id int primary key, code varchar(10) constraint uq_migrated unique)");
		this.watched.hold();
		CompletableFuture<Catalog> refreshed = resolver.refresh().toCompletableFuture();
		assertThat(refreshed).isNotDone();
		assertThat(resolver.liveCatalog().current().named("uq_migrated")).isEmpty();
		this.watched.release();
		assertThat(refreshed.get(30, TimeUnit.SECONDS).named("uq_migrated")).hasSize(1);
		assertThat(resolver.liveCatalog().current()).isSameAs(refreshed.get());
	}

	@Test
	void violationOfAConstraintTheCatalogLacksReadsItAgainAtMostOncePerInterval() throws Exception {
		Resolver resolver = RootCause.resolver(LiveCatalog.of(this.watched.dataSource(), "test", Duration.ofHours(1)));
		resolver.readCatalog().toCompletableFuture().get(30, TimeUnit.SECONDS);
		db.execute("create table added (id int primary key, code varchar(10) constraint uq_added_code unique)",
				"insert into added values (1, 'a')");
		assertThat(resolver.resolve(db.violation("insert into added values (2, 'a')"))).isPresent();
		Catalog reread = resolver.catalog();
		assertThat(reread.named("uq_added_code")).singleElement().extracting(Constraint::table).isEqualTo("ADDED");
		assertThat(this.watched.connections()).hasValue(2);
		db.execute("create table later (id int primary key, code varchar(10) constraint uq_later_code unique)",
				"insert into later values (1, 'a')");
		assertThat(resolver.resolve(db.violation("insert into later values (2, 'a')"))).isPresent();
		assertThat(resolver.catalog().named("uq_later_code")).isEmpty();
		assertThat(this.watched.connections()).hasValue(2);
	}

	@Test
	void failedReadIsLoggedOnceWithoutTheDatabaseMessageAndTriedAgainAfterTheInterval() throws Exception {
		AtomicInteger reads = new AtomicInteger();
		LiveCatalog catalog = LiveCatalog.reading((schemas) -> (reads.incrementAndGet() <= 3)
				? CompletableFuture.failedFuture(new SQLTimeoutException("canceling 'secret@example.com'", "57014"))
				: CompletableFuture.completedFuture(fixtureCatalog()), "orders", Duration.ofMillis(20), List.of());
		assertThat(catalog.first().toCompletableFuture().get()).isSameAs(Catalog.empty());
		assertThat(catalog.state().failure()).isEqualTo("java.sql.SQLTimeoutException, SQLState 57014");
		awaitRead(catalog, reads, 3);
		assertThat(catalog.state().status()).isEqualTo(CatalogState.Status.NOT_READ);
		awaitRead(catalog, reads, 4);
		assertThat(catalog.state().status()).isEqualTo(CatalogState.Status.COMPLETE);
		assertThat(this.log.messages(Level.WARNING)).singleElement().asString()
			.contains("orders", "SQLState 57014")
			.doesNotContain("secret");
		assertThat(this.log.messages(Level.INFO)).singleElement().asString().contains("read in full");
	}

	@Test
	void catalogReadInPartIsKeptLoggedOnceAndReadAgainUntilItIsComplete() throws Exception {
		AtomicInteger reads = new AtomicInteger();
		Catalog full = fixtureCatalog();
		Catalog partial = Catalog.partial(full.database().orElseThrow(), null, full.constraints(),
				List.of("check constraints"));
		LiveCatalog catalog = LiveCatalog.reading((schemas) -> CompletableFuture
			.completedFuture((reads.incrementAndGet() <= 2) ? partial : full), "orders", Duration.ofMillis(20),
				List.of());
		assertThat(catalog.first().toCompletableFuture().get()).isSameAs(partial);
		assertThat(catalog.state().status()).isEqualTo(CatalogState.Status.PARTIAL);
		assertThat(catalog.state().missing()).containsExactly("check constraints");
		awaitRead(catalog, reads, 3);
		assertThat(catalog.current()).isSameAs(full);
		assertThat(this.log.messages(Level.WARNING)).singleElement().asString().contains("without check constraints");
		assertThat(this.log.messages(Level.INFO)).singleElement().asString().contains("read in full");
	}

	/**
	 * Asks for the catalog, as violations do, until its reader has been asked the given number of times; the
	 * readers of these tests complete at once, on the thread that asks.
	 */
	private static void awaitRead(LiveCatalog catalog, AtomicInteger reads, int count) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (reads.get() < count && System.nanoTime() < deadline) {
			Thread.sleep(5);
			catalog.await(Duration.ZERO);
		}
	}

	private static Catalog fixtureCatalog() {
		return RootCause.resolver(db.dataSource()).catalog();
	}

}
