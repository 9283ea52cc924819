package io.github.rootcause.dialect;

import java.sql.SQLException;
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
 * Fuzzes {@link OracleDialect} with errors seeded from the documented Oracle messages the recorded tests use: it
 * never throws, keeps to the time bound, and gives the kind of the ORA number (the vendor code, or the one the
 * message starts with when there is none), nothing for any other; names come back without the quotes and
 * parentheses around them, whatever they hold but a quote (which Oracle names cannot) or a line break.
 */
class OracleDialectFuzzTest {

	@MethodSource("megabyteSeeds")
	@FuzzTest
	void oracleErrors(byte[] input) {
		FuzzedError error = FuzzedError.of(input);
		Optional<Cause> read = FuzzedReads.read(Database.ORACLE, error.exception(), error.length());
		assertThat(read.map(Cause::kind)).isEqualTo(kind(oraNumber(error)));
		String name = error.name();
		if (name != null && name.indexOf('"') < 0 && name.indexOf('\n') < 0 && !name.contains("ORA-")) {
			assertThat(read(1400, "ORA-01400: cannot insert NULL into (\"" + name + "\".\"" + name + "\".\"" + name
					+ "\")")).contains(Cause.of(Kind.NOT_NULL).withDatabase(Database.ORACLE).withSchema(name).withTable(name).withColumns(List.of(name)));
			if (!name.contains(") violated")) {
				assertThat(read(2291, "ORA-02291: integrity constraint (APP." + name + ") violated - parent key not found"))
					.contains(Cause.of(Kind.FOREIGN_KEY).withDatabase(Database.ORACLE).withSchema("APP").withConstraint(name)
						.withReference(Reference.MISSING));
			}
		}
	}

	static Stream<byte[]> megabyteSeeds() {
		return FuzzedError.megabyteSeeds(OracleDialectFuzzTest.class, "oracleErrors");
	}

	private static Optional<Cause> read(int code, String message) {
		return FuzzedReads.read(Database.ORACLE, new SQLException(message, "23000", code));
	}

	/** The vendor code, or for a batch summary without one, the number after {@code ORA-} (at most five digits). */
	private static int oraNumber(FuzzedError error) {
		if (error.vendorCode() > 0) {
			return error.vendorCode();
		}
		String message = error.message();
		if (message == null || !message.startsWith("ORA-")) {
			return 0;
		}
		int code = 0;
		for (int i = 4; i < Math.min(message.length(), 9) && Character.isDigit(message.charAt(i)); i++) {
			code = code * 10 + Character.digit(message.charAt(i), 10);
		}
		return code;
	}

	private static Optional<Kind> kind(int oraNumber) {
		return Optional.ofNullable(switch (oraNumber) {
			case 1 -> Kind.UNIQUE;
			case 1400, 1407 -> Kind.NOT_NULL;
			case 2290 -> Kind.CHECK;
			case 2291, 2292 -> Kind.FOREIGN_KEY;
			default -> null;
		});
	}

}
