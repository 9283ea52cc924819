package io.github.rootcause.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.rootcause.Database;
import io.github.rootcause.Resolver;
import io.github.rootcause.RootCause;
import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.openjdk.jol.info.GraphLayout;

/**
 * What a catalog costs on a server that also holds another application's schema: the application has
 * {@value #TABLES} tables (each with a primary key, a named unique constraint, a named check and a foreign key to
 * the one before), and another schema (database, on MariaDB) beside it has {@value #CROWD} tables of its own, each
 * with a primary key and a unique key. Prints the memory the catalog keeps per constraint (its whole object graph,
 * measured with JOL), the time to read the application's catalog (median of {@value #READS} reads) against the time
 * to read it with the other schema, and the time a first violation takes to resolve once the catalog was read at
 * startup.
 *
 * <pre class="code">
 * rootcause-benchmarks/run footprint [POSTGRESQL|MARIADB|H2|...]
 * </pre>
 */
public final class CatalogFootprint {

	static final int TABLES = 500;

	static final int CROWD = 2000;

	static final int READS = 15;

	private CatalogFootprint() {
	}

	/**
	 * Measures each database named, or PostgreSQL and MariaDB.
	 * @param args the databases
	 * @throws SQLException when a database cannot be used
	 */
	public static void main(String[] args) throws SQLException {
		List<String> engines = (args.length > 0) ? Arrays.asList(args) : List.of("POSTGRESQL", "MARIADB");
		for (String engine : engines) {
			measure(TestDatabase.valueOf(engine));
		}
	}

	private static void measure(TestDatabase engine) throws SQLException {
		DatabaseFixture fixture = DatabaseFixture.of(engine);
		fixture.start();
		try {
			List<String> ddl = new ArrayList<>();
			for (int i = 0; i < TABLES; i++) {
				String parent = (i == 0) ? "" : ", parent_id int";
				String foreignKey = (i == 0) ? ""
						: ", constraint fk_t" + i + "_parent foreign key (parent_id) references t" + (i - 1) + " (id)";
				ddl.add("create table t" + i + " (id int primary key, code varchar(20) not null, qty int" + parent
						+ ", constraint uq_t" + i + "_code unique (code), constraint ck_t" + i + "_qty check (qty > 0)"
						+ foreignKey + ")");
			}
			fixture.execute(ddl.toArray(String[]::new));
			String crowd = fixture.createSchema("crowd");
			List<String> crowded = new ArrayList<>();
			for (int i = 0; i < CROWD; i++) {
				crowded.add("create table " + crowd + ".c" + i + " (id int primary key, code int unique)");
			}
			fixture.execute(crowded.toArray(String[]::new));
			Catalog catalog = read(fixture, List.of());
			long bytes = GraphLayout.parseInstance(catalog).totalSize();
			System.out.printf("%s: %d constraints, %d KB kept, %d B per constraint%n", engine,
					catalog.constraints().size(), bytes / 1024, bytes / catalog.constraints().size());
			long scoped = medianReadMillis(fixture, List.of());
			long whole = medianReadMillis(fixture, List.of(crowd));
			System.out.printf("%s: read the application's catalog %d ms; with the other schema's %d tables %d ms "
					+ "(%d constraints)%n", engine, scoped, CROWD, whole, read(fixture, List.of(crowd)).constraints().size());
			int last = TABLES - 1;
			fixture.execute("insert into t" + last + " (id, code, qty) values (1, 'a', 1)");
			SQLException duplicate = fixture.violation("insert into t" + last + " (id, code, qty) values (2, 'a', 1)");
			Resolver resolver = RootCause.resolver(fixture.dataSource());
			resolver.readCatalog().toCompletableFuture().join();
			long started = System.nanoTime();
			boolean resolved = resolver.resolve(duplicate).flatMap((cause) -> cause.table()).isPresent();
			System.out.printf("%s: first violation after the startup read resolved in %d us (table known: %s)%n",
					engine, (System.nanoTime() - started) / 1000, resolved);
		}
		finally {
			fixture.stop();
		}
	}

	private static long medianReadMillis(DatabaseFixture fixture, List<String> schemas) throws SQLException {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < READS; i++) {
			long started = System.nanoTime();
			read(fixture, schemas);
			times.add((System.nanoTime() - started) / 1_000_000);
		}
		times.sort(null);
		return times.get(times.size() / 2);
	}

	private static Catalog read(DatabaseFixture fixture, List<String> schemas) throws SQLException {
		try (Connection connection = fixture.dataSource().getConnection()) {
			return Catalog.read(connection, Database.of(connection.getMetaData()).orElseThrow(), schemas);
		}
	}

}
