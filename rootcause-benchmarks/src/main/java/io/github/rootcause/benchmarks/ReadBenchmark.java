package io.github.rootcause.benchmarks;

import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.rootcause.Cause;
import io.github.rootcause.Resolver;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;
import org.hibernate.exception.spi.ViolatedConstraintNameExtractor;
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
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * Cost per call of reading one real exception, captured once from the live database at setup: rootcause's
 * {@code RootCause.of} and {@code Resolver.resolve} (catalog already cached), next to Spring's two translators and
 * Hibernate's constraint-name extractor on the very same exception.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReadBenchmark {

	@Param
	public Engine engine;

	@Param({ "UNIQUE", "FOREIGN_KEY" })
	public Violation violation;

	private DatabaseFixture fixture;

	private SQLException exception;

	private Resolver resolver;

	private SQLExceptionSubclassTranslator subclassTranslator;

	private SQLErrorCodeSQLExceptionTranslator errorCodeTranslator;

	private ViolatedConstraintNameExtractor hibernate;

	@Setup(Level.Trial)
	public void capture() throws SQLException {
		this.fixture = this.engine.start();
		this.exception = Engine.capture(this.fixture, this.violation);
		this.resolver = RootCause.resolver(this.fixture.dataSource());
		this.resolver.catalog();
		this.subclassTranslator = new SQLExceptionSubclassTranslator();
		this.errorCodeTranslator = new SQLErrorCodeSQLExceptionTranslator(this.engine.springName());
		this.hibernate = this.engine.hibernateExtractor();
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.fixture.stop();
	}

	@Benchmark
	public Optional<Cause> rootCauseOf() {
		return RootCause.of(this.exception);
	}

	@Benchmark
	public Optional<Cause> resolverResolve() {
		return this.resolver.resolve(this.exception);
	}

	@Benchmark
	public DataAccessException springSubclassTranslator() {
		return this.subclassTranslator.translate("insert", null, this.exception);
	}

	@Benchmark
	public DataAccessException springErrorCodeTranslator() {
		return this.errorCodeTranslator.translate("insert", null, this.exception);
	}

	@Benchmark
	public String hibernateConstraintNameExtractor() {
		return this.hibernate.extractConstraintName(this.exception);
	}

}
