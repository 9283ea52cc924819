package io.github.rootcause;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.logging.Level;

import javax.sql.DataSource;

import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.CatalogState;
import io.github.rootcause.catalog.LiveCatalog;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TcpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The catalog's life when the network fails for real, run by the subclasses once per database server: its
 * connections go through a {@link TcpProxy} that refuses them (the database is unreachable) or cuts them in the
 * middle of a read, while the server goes on. Violations are made on the fixture's own connections, which never
 * go through the proxy.
 */
abstract class CatalogFaultScenarios {

	/** How long a failed read waits before it is tried again: short, so that the tests see it tried. */
	private static final Duration INTERVAL = Duration.ofMillis(100);

	private static final long TIMEOUT_SECONDS = 30;

	@RegisterExtension
	final CatalogLogCapture log = new CatalogLogCapture();

	private TcpProxy proxy;

	/**
	 * The fixture of the subclass, on its database server.
	 * @return the fixture
	 */
	abstract DatabaseFixture db();

	@BeforeEach
	void startProxy() throws Exception {
		this.proxy = TcpProxy.toServerOf(db().url());
	}

	@AfterEach
	void closeProxy() {
		this.proxy.close();
	}

	@Test
	void catalogOfAnUnreachableDatabaseIsLoggedOnceAndReadAtTheFirstUseAfterTheIntervalOnceItIsBack()
			throws Exception {
		db().execute("create table f_gadget (id int primary key, price int,"
				+ " constraint ck_f_gadget_price check (price > 0))");
		this.proxy.refuse();
		DataSource proxied = db().dataSource(this.proxy);
		SQLException unreachable = catchThrowableOfType(SQLException.class, () -> proxied.getConnection().close());
		LiveCatalog catalog = LiveCatalog.of(proxied, "faulty", INTERVAL);
		Resolver resolver = RootCause.resolver(catalog);

		assertThat(catalog.first().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS))
			.isSameAs(Catalog.empty());
		String failure = unreachable.getClass().getName() + ", SQLState " + unreachable.getSQLState();
		assertThat(catalog.state().status()).isEqualTo(CatalogState.Status.NOT_READ);
		assertThat(catalog.state().failure()).isEqualTo(failure);
		for (int i = 0; i < 3; i++) {
			Instant failedAt = catalog.state().failedAt();
			Thread.sleep(INTERVAL.toMillis() * 2);
			Cause meanwhile = resolver.resolve(db().violation("insert into f_gadget values (" + i + ", -1)"))
				.orElseThrow();
			assertThat(meanwhile.kind()).isEqualTo(Kind.CHECK);
			assertThat(meanwhile.constraint()).contains("ck_f_gadget_price");
			assertThat(meanwhile.columns()).as("what only the catalog tells").isEmpty();
			awaitFailureAfter(catalog, failedAt);
		}
		assertThat(catalog.state().status()).isEqualTo(CatalogState.Status.NOT_READ);

		this.proxy.accept();
		Thread.sleep(INTERVAL.toMillis() * 2);
		int connections = this.proxy.connections();
		resolver.resolve(db().violation("insert into f_gadget values (9, -1)")).orElseThrow();
		awaitComplete(catalog);
		assertThat(this.proxy.connections()).as("read at the first use after the interval").isEqualTo(connections + 1);
		assertThat(catalog.state().failure()).isNull();
		Cause later = resolver.resolve(db().violation("insert into f_gadget values (10, -1)")).orElseThrow();
		assertThat(later.columns()).containsExactly("price");
		assertThat(this.log.messages(Level.WARNING)).as("however many reads failed")
			.singleElement()
			.asString()
			.startsWith("The catalog of faulty could not be read (" + failure + ")")
			.doesNotContain(unreachable.getMessage())
			.doesNotContain("127.0.0.1")
			.doesNotContain(String.valueOf(this.proxy.port()));
		assertThat(this.log.messages(Level.INFO)).singleElement()
			.asString()
			.startsWith("The catalog of faulty was read in full");
	}

	@Test
	void connectionCutInTheMiddleOfARefreshLeavesTheOldCatalogAnsweringAndIsReadAgainAfterTheInterval()
			throws Exception {
		db().execute("create table f_part (id int primary key, code varchar(20),"
				+ " constraint uq_f_part_code unique (code))");
		AtomicBoolean armed = new AtomicBoolean();
		LiveCatalog catalog = LiveCatalog.of(cutBeforeQuery(2, armed), "faulty", INTERVAL);
		Catalog old = catalog.first().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		assertThat(old.named("uq_f_part_code")).hasSize(1);
		CatalogState read = catalog.state();
		db().execute("create table f_added (id int primary key, code varchar(20),"
				+ " constraint uq_f_added_code unique (code))");

		armed.set(true);
		Catalog refreshed = catalog.refresh().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		assertThat(armed).as("cut in the middle of the read").isFalse();
		assertThat(refreshed).isSameAs(old);
		assertThat(catalog.state().readAt()).isEqualTo(read.readAt());
		assertThat(catalog.state().failure()).contains("SQLState 08");
		assertThat(this.log.messages(Level.WARNING)).singleElement()
			.asString()
			.startsWith("The catalog of faulty could not be read again (" + catalog.state().failure() + ")")
			.doesNotContain("127.0.0.1");
		assertThat(catalog.current()).isSameAs(old);

		Thread.sleep(INTERVAL.toMillis() * 2);
		catalog.await(Duration.ZERO);
		Catalog again = catalog.latest().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		assertThat(again.named("uq_f_added_code")).hasSize(1);
		assertThat(catalog.current()).isSameAs(again);
		assertThat(catalog.state().failure()).isNull();
		assertThat(this.log.messages(Level.WARNING)).hasSize(1);
		assertThat(this.log.messages(Level.INFO)).singleElement()
			.asString()
			.startsWith("The catalog of faulty was read in full");
	}

	@Test
	void connectionCutBeforeAnyQueryOfARefreshLeavesTheOldCatalogAnswering() throws Exception {
		db().execute("create table f_piece (id int primary key, code varchar(20),"
				+ " constraint uq_f_piece_code unique (code), constraint ck_f_piece_id check (id > 0))");
		AtomicBoolean armed = new AtomicBoolean();
		for (int query = 1; query < 20; query++) {
			LiveCatalog catalog = LiveCatalog.of(cutBeforeQuery(query, armed), "faulty", Duration.ofHours(1));
			Catalog old = catalog.first().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			armed.set(true);
			Catalog refreshed = catalog.refresh().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			if (armed.getAndSet(false)) {
				// The read runs fewer queries: each has been cut before.
				assertThat(query).as("queries cut").isGreaterThan(1);
				return;
			}
			assertThat(refreshed).as("cut before query " + query).isSameAs(old);
			assertThat(catalog.current()).as("cut before query " + query).isSameAs(old);
			assertThat(catalog.state().failure()).as("cut before query " + query).contains("SQLState 08");
		}
	}

	@Test
	void lostConnectionWhileTheCatalogCannotBeReadStartsNoRead() throws Exception {
		this.proxy.refuse();
		DataSource proxied = db().dataSource(this.proxy);
		SQLException unreachable = catchThrowableOfType(SQLException.class, () -> proxied.getConnection().close());
		LiveCatalog catalog = LiveCatalog.of(proxied, "faulty", INTERVAL);
		Resolver resolver = RootCause.resolver(catalog);
		catalog.first().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		Instant failedAt = catalog.state().failedAt();
		int connections = this.proxy.connections();
		Thread.sleep(INTERVAL.toMillis() * 2);
		assertThat(resolver.resolve(unreachable)).isEmpty();
		Thread.sleep(INTERVAL.toMillis() * 5);
		assertThat(this.proxy.connections()).isEqualTo(connections);
		assertThat(catalog.state().failedAt()).isEqualTo(failedAt);
	}

	/** Waits until the catalog is read in full, without starting a read. */
	private static void awaitComplete(LiveCatalog catalog) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (catalog.state().status() != CatalogState.Status.COMPLETE && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(catalog.state().status()).isEqualTo(CatalogState.Status.COMPLETE);
	}

	/** Waits until a read that started after the given failure fails too. */
	private static void awaitFailureAfter(LiveCatalog catalog, Instant failedAt) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (failedAt.equals(catalog.state().failedAt()) && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(catalog.state().failedAt()).as("a read tried again, and failed").isAfter(failedAt);
	}

	/**
	 * The fixture's data source through the proxy, whose statements have the proxy cut every connection just before
	 * the given query of a connection, once, when armed (and then disarm it): the catalog read has its connection,
	 * and the rows of the queries before, and loses the connection in the middle.
	 */
	private DataSource cutBeforeQuery(int query, AtomicBoolean armed) {
		return wrap(DataSource.class, db().dataSource(this.proxy), (method, connection) -> {
			if (!(connection instanceof Connection opened)) {
				return connection;
			}
			AtomicInteger queries = new AtomicInteger();
			return wrap(Connection.class, opened, (connectionMethod, statement) -> connectionMethod.getName()
				.equals("createStatement") ? cutting((Statement) statement, queries, query, armed) : statement);
		});
	}

	private Statement cutting(Statement statement, AtomicInteger queries, int query, AtomicBoolean armed) {
		return wrap(Statement.class, statement, (method, result) -> result, (method) -> {
			if (method.getName().startsWith("execute") && queries.incrementAndGet() == query
					&& armed.compareAndSet(true, false)) {
				this.proxy.cut();
			}
		});
	}

	private static <T> T wrap(Class<T> type, T target, BiFunction<Method, Object, Object> after) {
		return wrap(type, target, after, (method) -> {
		});
	}

	private static <T> T wrap(Class<T> type, T target, BiFunction<Method, Object, Object> after,
			Consumer<Method> before) {
		return type.cast(Proxy.newProxyInstance(CatalogFaultScenarios.class.getClassLoader(),
				new Class<?>[] { type }, (proxy, method, args) -> {
					before.accept(method);
					try {
						return after.apply(method, method.invoke(target, args));
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				}));
	}

}
