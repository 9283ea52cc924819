package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.FuzzInputs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How every dialect's fuzz test reads an exception: with the dialect itself, which must not throw (a failing
 * fuzz test shows the stack; {@link RootCause} would swallow it), within the time bound, and then through
 * {@link RootCause#of(Throwable, Database)}, which must read the same, and {@link RootCause#of(Throwable)},
 * which tells the database from the exception and must not throw either.
 */
final class FuzzedReads {

	private FuzzedReads() {
	}

	/**
	 * Reads an exception as described above.
	 * @param database the database whose dialect reads it
	 * @param exception the exception
	 * @param length how long its text is, for the time bound
	 * @return what the dialect read
	 */
	static Optional<Cause> read(Database database, SQLException exception, int length) {
		Dialect dialect = Dialect.of(database);
		Optional<Cause> read = FuzzInputs.within(length, () -> dialect.read(exception));
		assertThat(read).isNotNull();
		read.ifPresent((cause) -> assertThat(cause.kind()).isNotNull());
		read.ifPresent((cause) -> assertThat(cause.database()).contains(database));
		assertThat(FuzzInputs.within(length, () -> RootCause.of(exception, database))).isEqualTo(read);
		assertThat(FuzzInputs.within(length, () -> RootCause.of(exception))).isNotNull();
		return read;
	}

	/**
	 * Reads a message built from a name, for the round trips: not timed, as its length is bounded.
	 * @param database the database whose dialect reads it
	 * @param exception the exception
	 * @return what the dialect read
	 */
	static Optional<Cause> read(Database database, SQLException exception) {
		return Dialect.of(database).read(exception);
	}

}
