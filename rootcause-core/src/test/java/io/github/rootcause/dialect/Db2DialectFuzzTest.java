package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DriverExceptions;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link Db2Dialect} with errors seeded from the JCC messages the recorded tests use, as plain exceptions
 * (read from the message) and as JCC builds them (read from the SQLCA's tokens): it never throws, keeps to the
 * time bound, and gives the kind of the SQLCODE (the vendor code, or the message's {@code SQLCODE=} when there is
 * none), nothing for any other; a constraint name comes back whole, whatever it holds but the {@code ;} that
 * separates tokens.
 */
class Db2DialectFuzzTest {

	@MethodSource("megabyteSeeds")
	@FuzzTest
	void db2Errors(byte[] input) {
		FuzzedError error = FuzzedError.of(input);
		Optional<Cause> read = FuzzedReads.read(Database.DB2, error.exception(), error.length());
		assertThat(read.map(Cause::kind)).isEqualTo(kind(sqlCode(error)));
		if (error.vendorCode() != 0 && error.message() != null && isSqlState(error.sqlState())) {
			SQLException jcc = DriverExceptions.db2(error.vendorCode(), error.sqlState(), error.message().split(";", -1));
			assertThat(RootCause.of(jcc).map(Cause::kind)).isEqualTo(kind(error.vendorCode()));
		}
		String name = error.name();
		if (name != null && name.indexOf(';') < 0) {
			assertThat(FuzzedReads.read(Database.DB2, new SQLException("DB2 SQL Error: SQLCODE=-530, SQLSTATE=23503, "
					+ "SQLERRMC=APP.ORDERS." + name + ", DRIVER=4.38.7", "23503", -530)))
				.contains(Cause.of(Kind.FOREIGN_KEY).withDatabase(Database.DB2).withSchema("APP").withTable("ORDERS").withConstraint(name)
					.withReference(Reference.MISSING));
		}
	}

	static Stream<byte[]> megabyteSeeds() {
		return FuzzedError.megabyteSeeds(Db2DialectFuzzTest.class, "db2Errors");
	}

	/** Five letters or digits, as JCC needs to pick its exception class. */
	private static boolean isSqlState(String sqlState) {
		return sqlState != null && sqlState.length() == 5 && sqlState.chars().allMatch((c) -> c < 128
				&& Character.isLetterOrDigit(c));
	}

	/** The vendor code, or the message's {@code SQLCODE=}, a sign and at most six digits. */
	private static int sqlCode(FuzzedError error) {
		if (error.vendorCode() != 0 || error.message() == null) {
			return error.vendorCode();
		}
		String message = error.message();
		int at = message.indexOf("SQLCODE=");
		if (at < 0) {
			return 0;
		}
		int i = at + "SQLCODE=".length();
		boolean negative = i < message.length() && message.charAt(i) == '-';
		int start = negative ? i + 1 : i;
		int code = 0;
		for (int j = start; j < Math.min(message.length(), start + 6) && Character.isDigit(message.charAt(j)); j++) {
			code = code * 10 + Character.digit(message.charAt(j), 10);
		}
		return negative ? -code : code;
	}

	private static Optional<Kind> kind(int sqlCode) {
		return Optional.ofNullable(switch (sqlCode) {
			case -803 -> Kind.UNIQUE;
			case -407 -> Kind.NOT_NULL;
			case -530, -531, -532 -> Kind.FOREIGN_KEY;
			case -545 -> Kind.CHECK;
			default -> null;
		});
	}

}
