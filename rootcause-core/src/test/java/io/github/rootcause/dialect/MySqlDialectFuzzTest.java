package io.github.rootcause.dialect;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link MySqlDialect} (MariaDB and MySQL) with errors seeded from the messages both servers sent: it
 * never throws, keeps to the time bound, gives the kind of the vendor code (the standard SQLStates' for any
 * other code, so nothing for a code and SQLState that name no violation; for a Vitess error without MySQL's number,
 * the number it wraps), and names in backticks come back
 * without them, whatever they hold, as does the key after any duplicated value.
 */
class MySqlDialectFuzzTest {

	@MethodSource("megabyteSeeds")
	@FuzzTest
	void mariaDbAndMySqlErrors(byte[] input) {
		FuzzedError error = FuzzedError.of(input);
		Optional<Cause> read = FuzzedReads.read(Database.MARIADB, error.exception(), error.length());
		assertThat(read.map(Cause::kind)).isEqualTo(kind(error));
		String name = error.name();
		if (name != null && name.indexOf('\n') < 0) {
			// Only names follow the fixed words, and names hold no line break: a dumped query starts with one.
			assertThat(read(1451, "Cannot delete or update a parent row: a foreign key constraint fails ("
					+ quote(name) + "." + quote(name) + ", CONSTRAINT " + quote(name) + " FOREIGN KEY (" + quote(name)
					+ ", `b`) REFERENCES `parent` (`id`, `b`))"))
				.contains(Cause.of(Kind.FOREIGN_KEY).withDatabase(Database.MARIADB).withSchema(name).withTable(name).withConstraint(name)
					.withColumns(List.of(name, "b")).withReference(Reference.STILL_REFERENCED));
		}
		if (error.message() != null) {
			assertThat(read(1062, "(conn=12) Duplicate entry '" + error.message() + "' for key 'uq_users_email'")
				.flatMap(Cause::constraint)).contains("uq_users_email");
		}
	}

	static Stream<byte[]> megabyteSeeds() {
		return FuzzedError.megabyteSeeds(MySqlDialectFuzzTest.class, "mariaDbAndMySqlErrors");
	}

	private static Optional<Cause> read(int code, String message) {
		return FuzzedReads.read(Database.MARIADB, new SQLIntegrityConstraintViolationException(message, "23000", code));
	}

	private static String quote(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

	private static Optional<Kind> kind(FuzzedError error) {
		int code = error.vendorCode();
		if ((code == 0 || code == 1105) && error.message() != null && Vitess.inner(error.message()) != null) {
			// A Vitess error that lost MySQL's number still holds it in its text.
			code = Vitess.errno(error.message());
		}
		return switch (code) {
			case 1062, 1586, 1022 -> Optional.of(Kind.UNIQUE);
			case 1048, 1364, 1263 -> Optional.of(Kind.NOT_NULL);
			case 1451, 1452, 1216, 1217 -> Optional.of(Kind.FOREIGN_KEY);
			case 3819, 4025 -> Optional.of(Kind.CHECK);
			default -> StandardDialect.kind(error.sqlState());
		};
	}

}
