package io.github.rootcause.dialect;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link HsqldbDialect} with errors seeded from what HSQLDB 2.7 threw at the live scenarios: it never
 * throws, keeps to the time bound, and gives the kind of the vendor code (the SQLState's when a wrapper lost it),
 * nothing for any other; names in double quotes come back without them, whatever they hold.
 */
class HsqldbDialectFuzzTest {

	@MethodSource("megabyteSeeds")
	@FuzzTest
	void hsqldbErrors(byte[] input) {
		FuzzedError error = FuzzedError.of(input);
		Optional<Cause> read = FuzzedReads.read(Database.HSQLDB, error.exception(), error.length());
		assertThat(read.map(Cause::kind)).isEqualTo(kind(error));
		String name = error.name();
		if (name != null) {
			String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
			assertThat(FuzzedReads.read(Database.HSQLDB, new SQLIntegrityConstraintViolationException(
					"integrity constraint violation: NOT NULL check constraint ; " + quoted + " table: " + quoted
							+ " column: " + quoted, "23502", -10)))
				.contains(Cause.of(Kind.NOT_NULL).withDatabase(Database.HSQLDB).withConstraint(name).withTable(name).withColumns(List.of(name)));
			assertThat(FuzzedReads.read(Database.HSQLDB, new SQLIntegrityConstraintViolationException(
					"integrity constraint violation: unique constraint or index violation: " + quoted, "23505", -104)))
				.contains(Cause.of(Kind.UNIQUE).withDatabase(Database.HSQLDB).withConstraint(name));
		}
	}

	static Stream<byte[]> megabyteSeeds() {
		return FuzzedError.megabyteSeeds(HsqldbDialectFuzzTest.class, "hsqldbErrors");
	}

	private static Optional<Kind> kind(FuzzedError error) {
		int code = error.vendorCode();
		if (code == 0 && error.sqlState() != null) {
			code = switch (error.sqlState()) {
				case "23505" -> -104;
				case "23502" -> -10;
				case "23513" -> -157;
				case "23503" -> -177;
				case "23504" -> -8;
				default -> 0;
			};
		}
		return Optional.ofNullable(switch (code) {
			case -104 -> Kind.UNIQUE;
			case -10 -> Kind.NOT_NULL;
			case -157 -> Kind.CHECK;
			case -177, -8 -> Kind.FOREIGN_KEY;
			default -> null;
		});
	}

}
