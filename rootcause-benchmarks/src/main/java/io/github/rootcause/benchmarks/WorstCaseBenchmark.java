package io.github.rootcause.benchmarks;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.dialect.Dialect;
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
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Parse time as the message grows from 1 KB to 1 MB, for a message made of the markers each dialect searches for
 * (the adversarial case for a scanner), so the growth can be read off: linear means ten times the size costs ten
 * times the time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class WorstCaseBenchmark {

	/** Every family's markers and quotes in one repeated chunk. */
	private static final String ADVERSARIAL = "Duplicate entry ''' for key ''' (conn=1) Key (a, b)=(' \"x\"\" "
			+ "ORA-00001: unique constraint ( violated CONSTRAINT `fk` FOREIGN KEY (` REFERENCES `p` (` "
			+ "Violation of UNIQUE KEY constraint ''. Cannot insert duplicate key in object '' "
			+ "SQLERRMC=;.; integrity constraint violation: ; table: column: [SQLITE_CONSTRAINT_UNIQUE] failed: a.b, ";

	@Param({ "1024", "10240", "102400", "1048576" })
	public int length;

	@Param({ "POSTGRESQL", "MARIADB", "ORACLE", "SQL_SERVER", "DB2", "H2", "HSQLDB", "DERBY", "SQLITE" })
	public Database database;

	private Dialect dialect;

	private SQLException exception;

	@Setup(Level.Trial)
	public void build() {
		StringBuilder message = new StringBuilder(this.length + ADVERSARIAL.length());
		while (message.length() < this.length) {
			message.append(ADVERSARIAL);
		}
		message.setLength(this.length);
		this.dialect = Dialect.of(this.database);
		this.exception = (this.database == Database.POSTGRESQL) ? serverError(message.toString())
				: new SQLIntegrityConstraintViolationException(message.toString(), "23505", vendorCode());
	}

	@Benchmark
	public Optional<Cause> read() {
		return this.dialect.read(this.exception);
	}

	/** PostgreSQL's dialect reads pgjdbc's structured fields: every one of them carries the message. */
	private static SQLException serverError(String text) {
		String field = text.replace('\0', ' ');
		return new PSQLException(new ServerErrorMessage("SERROR\0C23505\0M" + field + "\0D" + field + "\0n" + field
				+ "\0t" + field + "\0s" + field + "\0"));
	}

	private int vendorCode() {
		return switch (this.database) {
			case MARIADB, MYSQL -> 1062;
			case ORACLE -> 1;
			case SQL_SERVER -> 2627;
			case DB2 -> -803;
			case H2 -> 23505;
			case HSQLDB -> -104;
			case SQLITE -> 2067;
			default -> 0;
		};
	}

}
