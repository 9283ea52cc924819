package io.github.rootcause.benchmarks;

import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link ReadBenchmark} for the databases with no server here (Oracle, SQL Server, Db2): the cost per call of
 * {@code RootCause.of} on an exception built as the driver builds it, next to Spring's two translators and
 * Hibernate's constraint-name extractor on the very same exception. {@code Resolver.resolve} needs a live catalog;
 * what it adds to {@code of} is the same map look-up on every database ({@link ReadBenchmark},
 * {@link CatalogBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RecordedReadBenchmark extends Contenders {

	@Param
	public Recorded database;

	@Param({ "UNIQUE", "FOREIGN_KEY" })
	public Violation violation;

	@Setup(Level.Trial)
	public void build() {
		read(this.database.exception(this.violation), this.database.springName(), this.database.hibernateExtractor());
	}

}
