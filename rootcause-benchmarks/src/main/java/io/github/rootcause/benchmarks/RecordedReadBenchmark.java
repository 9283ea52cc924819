package io.github.rootcause.benchmarks;


import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * {@link ReadBenchmark} for the databases with no server here (Oracle, SQL Server, Db2): the cost per call of
 * {@code RootCause.of} on an exception built as the driver builds it, next to Spring's two translators and
 * Hibernate's constraint-name extractor on the very same exception. {@code Resolver.resolve} needs a live catalog;
 * what it adds to {@code of} is the same map look-up on every database ({@link ReadBenchmark},
 * {@link CatalogBenchmark}).
 */
public class RecordedReadBenchmark extends Contenders {

	@Param
	public Recorded database;

	@Setup(Level.Trial)
	public void build() {
		read(this.database.exception(this.violation), this.database.springName(), this.database.hibernateExtractor());
	}

}
