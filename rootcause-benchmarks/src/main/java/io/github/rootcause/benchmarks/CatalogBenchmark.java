package io.github.rootcause.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.rootcause.Cause;
import io.github.rootcause.Resolver;
import io.github.rootcause.RootCause;
import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The catalog of a schema with {@value #TABLES} tables (each with a primary key, a named unique constraint, a
 * named check and a foreign key to the table before it): the time to read it once, and the cost of resolving a
 * violation against it afterwards. Run with {@code -prof gc} to see the bytes allocated by one read; the setup
 * prints the memory the cached catalog keeps (its whole object graph, measured with JOL).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
// JOL measures the cached catalog: it reads record fields with these.
@Fork(value = 1, jvmArgsAppend = { "-Djdk.attach.allowAttachSelf=true", "-Djol.magicFieldOffset=true" })
public class CatalogBenchmark {

	static final int TABLES = 500;

	@Param({ "POSTGRESQL", "MARIADB", "H2", "HSQLDB", "DERBY", "SQLITE" })
	public Engine engine;

	private DatabaseFixture fixture;

	private Resolver resolver;

	private SQLException lastTableDuplicate;

	@Setup(Level.Trial)
	public void createSchema() throws SQLException {
		this.fixture = DatabaseFixture.of(testDatabase(this.engine));
		this.fixture.start();
		List<String> ddl = new ArrayList<>();
		for (int i = 0; i < TABLES; i++) {
			String parent = (i == 0) ? "" : ", parent_id int";
			String foreignKey = (i == 0) ? "" : ", constraint fk_t" + i + "_parent foreign key (parent_id) references t"
					+ (i - 1) + " (id)";
			ddl.add("create table t" + i + " (id int primary key, code varchar(20) not null, qty int" + parent
					+ ", constraint uq_t" + i + "_code unique (code), constraint ck_t" + i + "_qty check (qty > 0)"
					+ foreignKey + ")");
		}
		this.fixture.execute(ddl.toArray(String[]::new));
		int last = TABLES - 1;
		this.fixture.execute("insert into t" + last + " (id, code, qty) values (1, 'a', 1)");
		this.lastTableDuplicate = this.fixture.violation("insert into t" + last + " (id, code, qty) values (2, 'a', 1)");
		this.resolver = RootCause.resolver(this.fixture.dataSource());
		Catalog catalog = this.resolver.catalog();
		System.out.printf("%n%s catalog of %d tables: %d constraints, %d KB retained%n", this.engine,
				TABLES, catalog.constraints().size(), GraphLayout.parseInstance(catalog).totalSize() / 1024);
	}

	@TearDown(Level.Trial)
	public void dropSchema() {
		this.fixture.stop();
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Catalog readCatalog() throws SQLException {
		try (Connection connection = this.fixture.dataSource().getConnection()) {
			return Catalog.read(connection, this.engine.database());
		}
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.NANOSECONDS)
	public Optional<Cause> resolveAgainstLargeCatalog() {
		return this.resolver.resolve(this.lastTableDuplicate);
	}

	private static TestDatabase testDatabase(Engine engine) {
		return TestDatabase.valueOf(engine.name());
	}

}
