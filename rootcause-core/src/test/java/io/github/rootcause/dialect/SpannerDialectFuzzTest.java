package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link SpannerDialect} with errors seeded from Spanner's and its emulator's words that the recorded tests
 * use: it never throws, keeps to the time bound, gives a kind only under the gRPC code that raises it
 * ({@code ALREADY_EXISTS} 6 unique, {@code OUT_OF_RANGE} 11 check, {@code FAILED_PRECONDITION} 9 foreign key or
 * not-null; with no code, the code the message starts with) and nothing under any other, and whatever key the
 * message holds, the index and table around it come back as they were.
 */
class SpannerDialectFuzzTest {

	@MethodSource("megabyteSeeds")
	@FuzzTest
	void spannerErrors(byte[] input) {
		FuzzedError error = FuzzedError.of(input);
		Optional<Cause> read = FuzzedReads.read(Database.SPANNER, error.exception(), error.length());
		read.ifPresent((cause) -> assertThat(cause.kind()).isIn(kinds(code(error))));
		if (error.message() != null && error.message().length() < FUZZED_KEY_LIMIT) {
			SQLException unique = new SQLException("ALREADY_EXISTS: io.grpc.StatusRuntimeException: ALREADY_EXISTS: "
					+ "Unique index violation on index SingersByEmail at index key [" + error.message()
					+ "]. It conflicts with row [1] in table Singers.", null, 6);
			assertThat(FuzzedReads.read(Database.SPANNER, unique)).contains(Cause.of(Kind.UNIQUE)
				.withConstraint("SingersByEmail")
				.withTable("Singers")
				.withDatabase(Database.SPANNER));
		}
	}

	private static final int FUZZED_KEY_LIMIT = 65_536;

	static Stream<byte[]> megabyteSeeds() {
		return FuzzedError.megabyteSeeds(SpannerDialectFuzzTest.class, "spannerErrors");
	}

	/** The vendor code, or for an exception without one, the code its message starts with. */
	private static int code(FuzzedError error) {
		if (error.vendorCode() != 0 || error.message() == null) {
			return error.vendorCode();
		}
		String message = error.message();
		return message.startsWith("ALREADY_EXISTS: ") ? 6 : message.startsWith("FAILED_PRECONDITION: ") ? 9
				: message.startsWith("OUT_OF_RANGE: ") ? 11 : 0;
	}

	private static Kind[] kinds(int code) {
		return switch (code) {
			case 6 -> new Kind[] { Kind.UNIQUE };
			case 9 -> new Kind[] { Kind.FOREIGN_KEY, Kind.NOT_NULL };
			case 11 -> new Kind[] { Kind.CHECK };
			default -> new Kind[0];
		};
	}

}
