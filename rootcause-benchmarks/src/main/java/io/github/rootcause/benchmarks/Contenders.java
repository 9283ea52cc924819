package io.github.rootcause.benchmarks;

import java.sql.SQLException;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.RootCause;
import org.hibernate.exception.spi.ViolatedConstraintNameExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * The contenders that read one exception, timed side by side: rootcause's {@code RootCause.of}, Spring's two
 * translators and Hibernate's constraint-name extractor. A subclass supplies the exception and the database's
 * names for Spring and Hibernate; {@code rootcause-benchmarks/run tell} prints what each of them returns.
 */
public abstract class Contenders {

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
