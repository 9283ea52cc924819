package io.github.rootcause.benchmarks;

import java.sql.SQLException;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Resolver;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Cost per call of reading one real exception, captured once from the live database at setup: rootcause's
 * {@code RootCause.of} and {@code Resolver.resolve} (catalog already cached), next to Spring's two translators and
 * Hibernate's constraint-name extractor on the very same exception ({@link Contenders}).
 */
public class ReadBenchmark extends Contenders {

	@Param
	public Engine engine;

	private DatabaseFixture fixture;

	private Resolver resolver;

	@Setup(Level.Trial)
	public void capture() throws SQLException {
		this.fixture = this.engine.start();
		read(Engine.capture(this.fixture, this.violation), this.engine.springName(), this.engine.hibernateExtractor());
		this.resolver = RootCause.resolver(this.fixture.dataSource());
		this.resolver.catalog();
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.fixture.stop();
	}

	@Benchmark
	public Optional<Cause> resolverResolve() {
		return this.resolver.resolve(exception());
	}

}
