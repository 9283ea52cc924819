package io.github.rootcause.dialect;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link SqliteDialect} with errors seeded from what SQLite 3.53 threw at the live scenarios (the vendor
 * code line holds the extended result code), built as sqlite-jdbc builds them and as plain exceptions: it never
 * throws, keeps to the time bound, gives the kind of the extended result code and nothing for a code that is no
 * constraint violation, and table and column names come back as they were, even with commas and quotes in them.
 */
class SqliteDialectFuzzTest {

	@MethodSource("megabyteSeeds")
	@FuzzTest
	void sqliteErrors(byte[] input) {
		FuzzedError error = FuzzedError.of(input);
		SQLiteErrorCode code = SQLiteErrorCode.getErrorCode(error.vendorCode());
		SQLiteException exception = new SQLiteException(error.message(), code);
		Optional<Cause> read = FuzzedReads.read(Database.SQLITE, exception, error.length());
		if (code != SQLiteErrorCode.SQLITE_CONSTRAINT) {
			// The plain code 19 leaves the kind to SQLite's own words; every other code tells it.
			assertThat(read.map(Cause::kind)).isEqualTo(kind(code));
		}
		Optional<Cause> plain = FuzzedReads.read(Database.SQLITE, error.exception(), error.length());
		if (!namesConstraint(error)) {
			assertThat(plain).isEmpty();
		}
		String name = error.name();
		if (name != null && name.indexOf('.') < 0 && !name.startsWith("index '")) {
			// SQLite writes table.column unquoted, so a table name with a dot cannot be told from its column.
			assertThat(FuzzedReads.read(Database.SQLITE, new SQLiteException("[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE "
					+ "constraint failed (UNIQUE constraint failed: " + name + "." + name + ", " + name + "." + name
					+ ")", SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE)))
				.contains(Cause.of(Kind.UNIQUE).withDatabase(Database.SQLITE).withTable(name).withColumns(List.of(name, name)));
		}
	}

	static Stream<byte[]> megabyteSeeds() {
		return FuzzedError.megabyteSeeds(SqliteDialectFuzzTest.class, "sqliteErrors");
	}

	/** Whether a plain exception may name a violation: by a constraint's code, or by SQLite's words. */
	private static boolean namesConstraint(FuzzedError error) {
		return switch (error.vendorCode()) {
			case 0, 19, 2067, 1555, 1299, 275, 787 -> true;
			default -> error.message() != null && error.message().contains("[SQLITE_CONSTRAINT");
		};
	}

	private static Optional<Kind> kind(SQLiteErrorCode code) {
		return Optional.ofNullable(switch (code) {
			case SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY -> Kind.UNIQUE;
			case SQLITE_CONSTRAINT_NOTNULL -> Kind.NOT_NULL;
			case SQLITE_CONSTRAINT_CHECK -> Kind.CHECK;
			case SQLITE_CONSTRAINT_FOREIGNKEY -> Kind.FOREIGN_KEY;
			default -> null;
		});
	}

}
