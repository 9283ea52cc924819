package io.github.rootcause.dialect;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import org.h2.api.ErrorCode;
import org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException;
import org.h2.message.DbException;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link H2Dialect} with errors seeded from what H2 2.4 threw at the live scenarios, built as H2 builds them
 * (message, then H2's {@code [code-240]}): it never throws, keeps to the time bound, and gives the kind of the error
 * code (the SQLState's when a wrapper lost it), nothing for any other; names that H2 itself quotes into its message
 * ({@link DbException}) come back unquoted and unescaped, whatever they hold.
 */
class H2DialectFuzzTest {

	@MethodSource("megabyteSeeds")
	@FuzzTest
	void h2Errors(byte[] input) {
		FuzzedError error = FuzzedError.of(input);
		JdbcSQLIntegrityConstraintViolationException exception = new JdbcSQLIntegrityConstraintViolationException(
				error.message(), null, error.sqlState(), error.vendorCode(), null, null);
		Optional<Cause> read = FuzzedReads.read(Database.H2, exception, error.length());
		assertThat(read.map(Cause::kind)).isEqualTo(kind(error));
		String name = error.name();
		if (name != null) {
			assertThat(FuzzedReads.read(Database.H2, DbException.get(ErrorCode.NULL_NOT_ALLOWED, name).getSQLException()))
				.contains(Cause.of(Kind.NOT_NULL).withDatabase(Database.H2).withColumns(List.of(name)));
			assertThat(FuzzedReads.read(Database.H2,
					DbException.get(ErrorCode.CHECK_CONSTRAINT_VIOLATED_1, name + ": ").getSQLException()))
				.contains(Cause.of(Kind.CHECK).withDatabase(Database.H2).withConstraint(name));
		}
	}

	static Stream<byte[]> megabyteSeeds() {
		return FuzzedError.megabyteSeeds(H2DialectFuzzTest.class, "h2Errors");
	}

	/** H2's error codes are its SQLStates, so a wrapper that lost the code still tells it. */
	private static Optional<Kind> kind(FuzzedError error) {
		int code = error.vendorCode();
		if (code == 0 && error.sqlState() != null && error.sqlState().length() == 5
				&& error.sqlState().startsWith("23")) {
			code = switch (error.sqlState()) {
				case "23505" -> 23505;
				case "23502" -> 23502;
				case "23513" -> 23513;
				case "23506" -> 23506;
				case "23503" -> 23503;
				default -> 0;
			};
		}
		return Optional.ofNullable(switch (code) {
			case 23505 -> Kind.UNIQUE;
			case 23502 -> Kind.NOT_NULL;
			case 23513 -> Kind.CHECK;
			case 23506, 23503 -> Kind.FOREIGN_KEY;
			default -> null;
		});
	}

}
