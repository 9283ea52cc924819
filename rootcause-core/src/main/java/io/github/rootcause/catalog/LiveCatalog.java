package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import javax.sql.DataSource;

/**
 * The catalog of one database over time: the one owner of its snapshots, whose whole life is in this class.
 *
 * <ul>
 * <li><b>First read</b>: by {@link #first()}, best called before the first violation (at startup). A JDBC catalog
 * is read on a thread of its own, never on the caller's; an R2DBC one without blocking any thread.</li>
 * <li><b>What a request gets</b>: {@link #current()} never waits and never reads; {@link #await(Duration)}, for a
 * violation, waits at most the given bound for a first read under way, then gets by without it. Neither ever takes
 * a connection on the caller's thread, so a request that holds the last connection of its pool never waits on
 * another.</li>
 * <li><b>What it covers</b>: on a server, the connection's default schema and the schemas it is given, plus each
 * schema a violation names ({@link #covering(String, Duration)}), read on demand.</li>
 * <li><b>Read again</b>: on {@link #refresh()} (after a migration, on demand), and on {@link #suspect()}, which a
 * resolver calls when a violation names what the snapshot lacks, at most once per interval. The old snapshot
 * answers until the new one is read, then the new one answers every later call: the switch is one write.</li>
 * <li><b>A read that fails</b>, in part (a query of the catalog fails: {@link Catalog#missing()}) or in whole, is
 * logged once at WARN, with what is missing and the error's class and SQLState, never its message; a previous
 * snapshot keeps answering, and the read is tried again at the first violation after the interval. A later full read
 * is logged at INFO.</li>
 * <li><b>What it holds</b>: {@link #state()}.</li>
 * </ul>
 *
 * <p>The stages it hands out are copies: a caller that cancels one (a reactive timeout does) cancels its own wait,
 * never the read that others wait for. Instances are thread-safe.
 */
public final class LiveCatalog {

	/** Starts each blocking read on a daemon thread of its own: reads are rare, and none waits for another. */
	private static final Executor READER = (task) -> {
		Thread thread = new Thread(task, "rootcause-catalog");
		thread.setDaemon(true);
		// Not the caller's (a web application's) class loader, which the thread would otherwise hold on to.
		thread.setContextClassLoader(LiveCatalog.class.getClassLoader());
		thread.start();
	};

	/** At most this many schemas are read besides the default one. */
	private static final int MAX_SCHEMAS = 64;

	private final String name;

	private final Function<Set<String>, CompletionStage<Catalog>> reader;

	/** The schemas read besides the default one; guarded by this. */
	private final Set<String> schemas = new LinkedHashSet<>();

	private final long interval;

	private volatile Catalog snapshot;

	private volatile CatalogState state;

	/** Completes with the first snapshot read. */
	private final CompletableFuture<Catalog> firstRead = new CompletableFuture<>();

	/** The read under way, or {@code null}; guarded by this. */
	private CompletableFuture<Catalog> reading;

	/** Completes after the read that follows the one under way, asked for while it ran; guarded by this. */
	private CompletableFuture<Catalog> next;

	/** When a failed or partial read may be tried again, in {@link System#nanoTime()}; guarded by this. */
	private long retryAt;

	/** When the next {@link #suspect()} may read again; guarded by this. */
	private long suspectAt;

	/** Logs each trouble once; guarded by this. */
	private final CatalogLog log;

	private LiveCatalog(String name, Function<Set<String>, CompletionStage<Catalog>> reader, Duration interval,
			Collection<String> schemas) {
		this.name = Objects.requireNonNull(name, "name");
		this.reader = Objects.requireNonNull(reader, "reader");
		this.interval = Objects.requireNonNull(interval, "interval").toNanos();
		this.state = CatalogState.notRead();
		this.schemas.addAll(schemas);
		this.log = new CatalogLog(name, interval);
		this.suspectAt = System.nanoTime();
	}

	/**
	 * The catalog of a JDBC data source, each read on a thread of its own with one connection of the data source.
	 * @param dataSource where to read it
	 * @param name a name for log lines and {@link #state()} users, such as the data source's bean name
	 * @param interval how long a failed or partial read, or a suspicion, waits before it is read again
	 * @return the catalog, not read yet
	 */
	public static LiveCatalog of(DataSource dataSource, String name, Duration interval) {
		return of(dataSource, name, interval, Set.of());
	}

	/**
	 * The catalog of a JDBC data source, each read on a thread of its own with one connection of the data source,
	 * for the connection's default schema and the given ones (on PostgreSQL, MariaDB and MySQL; other databases
	 * are read whole).
	 * @param dataSource where to read it
	 * @param name a name for log lines and {@link #state()} users, such as the data source's bean name
	 * @param interval how long a failed or partial read, or a suspicion, waits before it is read again
	 * @param schemas schemas to read besides the default one
	 * @return the catalog, not read yet
	 */
	public static LiveCatalog of(DataSource dataSource, String name, Duration interval, Collection<String> schemas) {
		Objects.requireNonNull(dataSource, "dataSource");
		return new LiveCatalog(name,
				(read) -> CompletableFuture.supplyAsync(() -> read(dataSource, read), READER), interval, schemas);
	}

	private static Catalog read(DataSource dataSource, Set<String> schemas) {
		try {
			return Catalog.read(dataSource, schemas);
		}
		catch (SQLException ex) {
			throw new CompletionException(ex);
		}
	}

	/**
	 * The catalog that a reader reads, such as an R2DBC one.
	 * @param reader starts a read of the default schema and the given ones; its stage completes with the catalog,
	 * or exceptionally when it cannot be read
	 * @param name a name for log lines
	 * @param interval how long a failed or partial read, or a suspicion, waits before it is read again
	 * @param schemas schemas to read besides the default one
	 * @return the catalog, not read yet
	 */
	public static LiveCatalog reading(Function<Set<String>, CompletionStage<Catalog>> reader, String name,
			Duration interval, Collection<String> schemas) {
		return new LiveCatalog(name, reader, interval, schemas);
	}

	/**
	 * The name this catalog was given.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * The snapshot that answers now: never waits, never reads.
	 * @return the snapshot, or {@code null} before the first read completes
	 */
	public Catalog current() {
		return this.snapshot;
	}

	/**
	 * The snapshot for a violation: after a read that failed, in whole or in part, this starts a new read once the
	 * interval has passed; before the first snapshot, it waits at most the given bound for a first read under way
	 * (starting it when none is and no failed read is waiting for its interval). Never waits for a refresh when a
	 * snapshot is there.
	 * @param bound the longest wait; zero never waits
	 * @return the snapshot, or {@code null} when none was read within the bound
	 */
	public Catalog await(Duration bound) {
		retryWhenDue();
		Catalog current = this.snapshot;
		if (current != null) {
			return current;
		}
		CompletableFuture<Catalog> read;
		synchronized (this) {
			read = (this.reading != null || this.state.failure() != null) ? this.reading : begin();
		}
		if (read == null || bound.isZero() || bound.isNegative()) {
			return this.snapshot;
		}
		try {
			read.get(bound.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			// Gets by without it: the read goes on, and later calls get its snapshot.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return this.snapshot;
	}

	/**
	 * The snapshot when there is one; else the first read, under way or started now.
	 * @return a stage that completes with the snapshot, {@link Catalog#empty()} when the read failed; it never
	 * completes exceptionally
	 */
	public CompletionStage<Catalog> first() {
		Catalog current = this.snapshot;
		if (current != null) {
			return CompletableFuture.completedFuture(current);
		}
		synchronized (this) {
			return (this.snapshot != null) ? CompletableFuture.completedFuture(this.snapshot)
					: ((this.reading != null) ? this.reading : begin()).copy();
		}
	}

	/**
	 * Completes when the catalog is first read, however many reads fail before; starts no read.
	 * @return a stage that completes with the first snapshot
	 */
	public CompletionStage<Catalog> whenRead() {
		return this.firstRead.copy();
	}

	/**
	 * The newest snapshot: the one a read under way (and a read asked to follow it) gives, else the snapshot there
	 * is, else a first read started now. For callers that may wait, not for requests.
	 * @return a stage that completes with the snapshot, {@link Catalog#empty()} when there is none
	 */
	public synchronized CompletionStage<Catalog> latest() {
		if (this.next != null) {
			return this.next.copy();
		}
		if (this.reading != null) {
			return this.reading.copy();
		}
		return (this.snapshot != null) ? CompletableFuture.completedFuture(this.snapshot) : begin().copy();
	}

	/**
	 * Reads the catalog again, now, or right after the read under way, which may have missed a change made while
	 * it ran. Until the new read completes, the old snapshot answers.
	 * @return a stage that completes with the new snapshot (the old one when the read failed); never exceptionally
	 */
	public synchronized CompletionStage<Catalog> refresh() {
		if (this.reading == null) {
			return begin().copy();
		}
		if (this.next == null) {
			this.next = new CompletableFuture<>();
		}
		return this.next.copy();
	}

	/**
	 * Reads the catalog again, as {@link #refresh()} does, when it has been read or is being read; a catalog never
	 * read is left alone, since its first read will see the schema as it is then.
	 * @return a stage that completes with the new snapshot, or with {@link Catalog#empty()} at once when nothing was
	 * read; never exceptionally
	 */
	public synchronized CompletionStage<Catalog> refreshIfRead() {
		return (this.snapshot == null && this.reading == null) ? CompletableFuture.completedFuture(Catalog.empty())
				: refresh();
	}

	/**
	 * Reads the catalog again now, on the calling thread, with a connection the caller holds, when it has been read
	 * or is being read (see {@link #refreshIfRead()}): for a migration tool's callback, whose pool may have no other
	 * connection to give while the tool holds its own. The read becomes the snapshot unless a read started later
	 * has already completed; a read that fails is logged and tried again as any other.
	 * @param connection an open connection to this catalog's database; left open
	 * @return the newest snapshot, or {@code null} when the catalog was never read
	 */
	public Catalog refreshIfRead(Connection connection) {
		Set<String> read;
		synchronized (this) {
			if (this.snapshot == null && this.reading == null) {
				return null;
			}
			read = new LinkedHashSet<>(this.schemas);
		}
		Instant started = Instant.now();
		Catalog catalog = null;
		Throwable failure = null;
		try {
			catalog = Catalog.read(connection, read);
		}
		catch (SQLException | RuntimeException ex) {
			failure = ex;
		}
		Runnable log;
		synchronized (this) {
			log = settle(started, catalog, failure);
		}
		log.run();
		return this.snapshot;
	}

	/**
	 * Reads the catalog again when a violation names a constraint the snapshot lacks, or whose columns differ from
	 * the snapshot's: at once the first time, then at most once per interval. Never waits.
	 * @return whether a read was started
	 */
	public boolean suspect() {
		synchronized (this) {
			long now = System.nanoTime();
			if (this.reading != null || now - this.suspectAt < 0) {
				return false;
			}
			this.suspectAt = now + this.interval;
			begin();
		}
		CatalogLog.suspected(this.name);
		return true;
	}

	/**
	 * The snapshot, read again to cover a schema it was not read for (a violation in another schema than the
	 * application's), waiting at most the given bound for that read; later calls for the schema do not read again.
	 * At most 64 schemas are added so.
	 * @param schema the schema (on MariaDB and MySQL, the database)
	 * @param bound the longest wait
	 * @return the newest snapshot, or {@code null} when none was read
	 */
	public Catalog covering(String schema, Duration bound) {
		CompletionStage<Catalog> read;
		synchronized (this) {
			if (this.schemas.size() >= MAX_SCHEMAS || this.schemas.stream().anyMatch(schema::equalsIgnoreCase)) {
				return this.snapshot;
			}
			this.schemas.add(schema);
			read = refresh();
		}
		try {
			read.toCompletableFuture().get(Math.max(0, bound.toNanos()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			// Gets by with the snapshot there is: later calls get the new one.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return this.snapshot;
	}

	/**
	 * What this catalog holds now.
	 * @return the state
	 */
	public CatalogState state() {
		return this.state;
	}

	private void retryWhenDue() {
		CatalogState current = this.state;
		if (current.failure() == null && current.status() != CatalogState.Status.PARTIAL) {
			// Read in full, or never asked for yet: nothing to try again.
			return;
		}
		synchronized (this) {
			if (this.reading == null && System.nanoTime() - this.retryAt >= 0) {
				begin();
			}
		}
	}

	/** Starts a read; the caller holds the lock. */
	private CompletableFuture<Catalog> begin() {
		CompletableFuture<Catalog> read = new CompletableFuture<>();
		this.reading = read;
		this.retryAt = System.nanoTime() + this.interval;
		Instant started = Instant.now();
		CompletionStage<Catalog> stage;
		try {
			stage = this.reader.apply(new LinkedHashSet<>(this.schemas));
		}
		catch (RuntimeException ex) {
			stage = CompletableFuture.failedFuture(ex);
		}
		stage.whenComplete((catalog, failure) -> finish(read, started, catalog, failure));
		return read;
	}

	private void finish(CompletableFuture<Catalog> read, Instant started, Catalog catalog, Throwable failure) {
		Runnable log;
		Catalog answer;
		CompletableFuture<Catalog> follow;
		synchronized (this) {
			log = settle(started, catalog, failure);
			answer = (this.snapshot != null) ? this.snapshot : Catalog.empty();
			this.reading = null;
			follow = this.next;
			this.next = null;
			if (follow != null) {
				CompletableFuture<Catalog> again = begin();
				again.whenComplete((next, ignored) -> follow.complete(next));
			}
		}
		log.run();
		read.complete(answer);
	}

	/**
	 * Makes a read's outcome the state, unless a read started later has already settled; the caller holds the lock.
	 * @return what to do once the lock is let go: log, and tell those waiting for a first read
	 */
	private Runnable settle(Instant started, Catalog catalog, Throwable failure) {
		Instant newest = this.state.readAt();
		if (newest != null && started.isBefore(newest)) {
			return () -> { };
		}
		if (catalog == null || failure != null) {
			this.state = this.state.failed(CatalogLog.failure(failure), started);
			return this.log.next(this.state);
		}
		this.snapshot = catalog;
		this.state = CatalogState.read(catalog, started, Duration.between(started, Instant.now()));
		Runnable log = this.log.next(this.state);
		return () -> {
			this.firstRead.complete(catalog);
			log.run();
		};
	}

	@Override
	public String toString() {
		return "LiveCatalog[" + this.name + ", " + this.state.status() + "]";
	}

}
