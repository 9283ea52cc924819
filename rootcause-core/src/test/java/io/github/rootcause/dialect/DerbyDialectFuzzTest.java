package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link DerbyDialect} with errors seeded from what Derby 10.16 threw at the live scenarios, as its network
 * client throws them (the message only, without Derby's message arguments): it never throws, keeps to the time
 * bound, and gives the kind of the SQLState alone, nothing for any other; the names of a unique violation come
 * back without their quotes, whatever they hold but the words between them.
 */
class DerbyDialectFuzzTest {

	private static final String DEFINED_ON = "' defined on '";

	@MethodSource("megabyteSeeds")
	@FuzzTest
	void derbyErrors(byte[] input) {
		FuzzedError error = FuzzedError.of(input);
		Optional<Cause> read = FuzzedReads.read(Database.DERBY, error.exception(), error.length());
		assertThat(read.map(Cause::kind)).isEqualTo(kind(error.sqlState()));
		String name = error.name();
		if (name != null && splitsOnce(name)) {
			assertThat(FuzzedReads.read(Database.DERBY, unique(name, name)))
				.contains(Cause.of(Kind.UNIQUE).withDatabase(Database.DERBY).withConstraint(name).withTable(name));
		}
	}

	/**
	 * Derby quotes no quote in a name, so a table ending in {@code ' defined on } (the fuzzer's find) puts the
	 * template's own words at the end of the message: which one separates the names cannot be told. It is still a
	 * unique violation, read without throwing.
	 */
	@Test
	void aTableNameEndingInTheTemplatesOwnWordsCannotBeToldApartButIsStillAUniqueViolation() {
		assertThat(FuzzedReads.read(Database.DERBY, unique("UQ_X", "T' defined on ")).map(Cause::kind))
			.contains(Kind.UNIQUE);
	}

	/** Whether the names, put into the message, leave the template's separator in it once. */
	private static boolean splitsOnce(String name) {
		String quoted = name + DEFINED_ON + name + "'";
		return quoted.indexOf(DEFINED_ON) == quoted.lastIndexOf(DEFINED_ON);
	}

	private static SQLException unique(String name, String table) {
		return new SQLException("The statement was aborted because it would have caused a duplicate key value in a "
				+ "unique or primary key constraint or unique index identified by '" + name + DEFINED_ON + table
				+ "'.", "23505", 30000);
	}

	static Stream<byte[]> megabyteSeeds() {
		return FuzzedError.megabyteSeeds(DerbyDialectFuzzTest.class, "derbyErrors");
	}

	private static Optional<Kind> kind(String sqlState) {
		return Optional.ofNullable((sqlState == null) ? null : switch (sqlState) {
			case "23505", "23506", "23507" -> Kind.UNIQUE;
			case "23502" -> Kind.NOT_NULL;
			case "23503", "23516", "23517" -> Kind.FOREIGN_KEY;
			case "23513", "23514", "23515" -> Kind.CHECK;
			default -> null;
		});
	}

}
