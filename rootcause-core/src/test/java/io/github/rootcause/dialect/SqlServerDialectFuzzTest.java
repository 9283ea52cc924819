package io.github.rootcause.dialect;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DriverExceptions;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link SqlServerDialect} with errors seeded from the {@code sys.messages} texts the recorded tests use,
 * as plain exceptions and as mssql-jdbc builds them: it never throws, keeps to the time bound, and gives the kind
 * of the error number (547 a foreign key, a check, or nothing when its words are cut), nothing for any other;
 * names come back without their quotes, whatever they hold but the fixed words that follow them, and so does the
 * table after any duplicate key value.
 */
class SqlServerDialectFuzzTest {

	private static final String OBJECT = "'. Cannot insert duplicate key in object '";

	private static final String VALUE = "'. The duplicate key value is ";

	@MethodSource("megabyteSeeds")
	@FuzzTest
	void sqlServerErrors(byte[] input) {
		FuzzedError error = FuzzedError.of(input);
		Optional<Cause> read = FuzzedReads.read(Database.SQL_SERVER, error.exception(), error.length());
		Optional<Kind> kind = read.map(Cause::kind);
		if (error.vendorCode() == 547) {
			assertThat(kind.orElse(Kind.CHECK)).isIn(Kind.FOREIGN_KEY, Kind.CHECK);
		}
		else {
			assertThat(kind).isEqualTo(kind(error.vendorCode()));
		}
		if (error.message() != null) {
			assertThat(RootCause.of(DriverExceptions.sqlServer(error.vendorCode(), error.message())))
				.isEqualTo(read.map((cause) -> cause.withDatabase(Database.SQL_SERVER)));
		}
		String name = error.name();
		if (name != null && endsFixedWordsFirst(name, OBJECT) && endsFixedWordsFirst(name, VALUE)) {
			assertThat(FuzzedReads.read(Database.SQL_SERVER, DriverExceptions.sqlServer(2627,
					"Violation of UNIQUE KEY constraint '" + name + OBJECT + "dbo." + name + VALUE + "(" + name + ").")))
				.contains(Cause.of(Kind.UNIQUE).withDatabase(Database.SQL_SERVER).withConstraint(name).withSchema("dbo").withTable(name));
		}
	}

	/**
	 * Whether the fixed words that follow a name start right after it, and not already inside it or across its
	 * end: SQL Server quotes names without escaping, so {@code ... in object '} ending a name is read as the words.
	 */
	private static boolean endsFixedWordsFirst(String name, String words) {
		return (name + words).indexOf(words) == name.length();
	}

	static Stream<byte[]> megabyteSeeds() {
		return FuzzedError.megabyteSeeds(SqlServerDialectFuzzTest.class, "sqlServerErrors");
	}

	private static Optional<Kind> kind(int number) {
		return Optional.ofNullable(switch (number) {
			case 2627, 2601 -> Kind.UNIQUE;
			case 515 -> Kind.NOT_NULL;
			default -> null;
		});
	}

}
