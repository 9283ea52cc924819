package io.github.rootcause.benchmarks;

import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.rootcause.Cause;
import io.github.rootcause.RootCause;
import org.hibernate.exception.spi.ViolatedConstraintNameExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * The contenders that read one exception, timed side by side: rootcause's {@code RootCause.of}, Spring's two
 * translators and Hibernate's constraint-name extractor, on each {@link Violation} it names. A subclass supplies the
 * exception and the database's names for Spring and Hibernate; {@code rootcause-benchmarks/run tell} prints what each
 * of them returns.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public abstract class Contenders {

	@Param({ "UNIQUE", "FOREIGN_KEY" })
	public Violation violation;

	private SQLException exception;

	private SQLExceptionSubclassTranslator subclassTranslator;

	private SQLErrorCodeSQLExceptionTranslator errorCodeTranslator;

	private ViolatedConstraintNameExtractor hibernate;

	/**
	 * Sets what every contender reads.
	 * @param exception the driver's exception
	 * @param springName the name Spring's {@code sql-error-codes.xml} knows the database by
	 * @param hibernate Hibernate's constraint-name extractor for the database
	 */
	protected final void read(SQLException exception, String springName, ViolatedConstraintNameExtractor hibernate) {
		this.exception = exception;
		this.subclassTranslator = new SQLExceptionSubclassTranslator();
		this.errorCodeTranslator = new SQLErrorCodeSQLExceptionTranslator(springName);
		this.hibernate = hibernate;
	}

	/**
	 * The exception every contender reads.
	 * @return the driver's exception
	 */
	protected final SQLException exception() {
		return this.exception;
	}

	@Benchmark
	public Optional<Cause> rootCauseOf() {
		return RootCause.of(this.exception);
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
