package io.github.rootcause.dialect;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.testing.FuzzInputs;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link PostgresDialect} with server errors as PostgreSQL sends them, fields of one letter and a value each
 * ended by a NUL ({@code C23505\0Mduplicate key ...\0DKey (email)=(a) already exists.\0}), seeded from what
 * PostgreSQL 15 sent the live tests and the recorded CockroachDB and translated errors: read through pgjdbc's
 * {@link PSQLException} and as a plain exception with the same SQLState, it never throws, keeps to the time bound,
 * and gives the kind of the SQLState alone (nothing for any other), and a column named in the detail comes back
 * unquoted, whatever it holds.
 */
class PostgresDialectFuzzTest {

	@MethodSource("megabyteSeeds")
	@FuzzTest
	void postgresqlErrors(byte[] input) {
		String fields = FuzzInputs.text(input);
		PSQLException exception = new PSQLException(new ServerErrorMessage(fields));
		Optional<Cause> read = FuzzedReads.read(Database.POSTGRESQL, exception, fields.length());
		assertThat(read.map(Cause::kind)).isEqualTo(kind(exception.getSQLState()));
		SQLException plain = new SQLException(exception.getMessage(), exception.getSQLState());
		assertThat(FuzzedReads.read(Database.POSTGRESQL, plain, fields.length()).map(Cause::kind))
			.isEqualTo(kind(exception.getSQLState()));
		String name = FuzzInputs.name(fields);
		if (name != null && name.indexOf('\0') < 0) {
			String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
			PSQLException unique = PgServerErrors.error("23505", "duplicate key value violates unique constraint",
					"Key (" + quoted + ", b)=(1, 2) already exists.", "s", "t", null, name);
			assertThat(FuzzedReads.read(Database.POSTGRESQL, unique)).contains(Cause.of(Kind.UNIQUE).withDatabase(Database.POSTGRESQL)
				.withConstraint(name).withSchema("s").withTable("t").withColumns(List.of(name, "b")));
		}
	}

	/** Each committed server error with its message and detail repeated to a megabyte. */
	static Stream<byte[]> megabyteSeeds() {
		if (FuzzInputs.fuzzing()) {
			return Stream.empty();
		}
		List<byte[]> big = new ArrayList<>();
		for (String seed : FuzzInputs.seeds(PostgresDialectFuzzTest.class, "postgresqlErrors")) {
			StringBuilder fields = new StringBuilder();
			for (String field : seed.split("\0")) {
				boolean text = field.startsWith("M") || field.startsWith("D");
				fields.append(text ? field.charAt(0) + FuzzInputs.megabyte(field.substring(1)) : field).append('\0');
			}
			big.add(fields.toString().getBytes(StandardCharsets.UTF_8));
		}
		return big.stream();
	}

	private static Optional<Kind> kind(String sqlState) {
		return "23001".equals(sqlState) ? Optional.of(Kind.FOREIGN_KEY) : StandardDialect.kind(sqlState);
	}

}
