package io.github.rootcause;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rootcause.testing.FuzzInputs;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link Statement}, the reader of the failed SQL, seeded from the statements the live tests failed: it
 * never throws, keeps to the time bound, gives a statement only for a write with a table, and names quoted the
 * way each database quotes them ({@code "a""b"}, {@code `a``b`}, {@code [a]]b]}) come back unquoted, whatever they
 * hold.
 */
class StatementFuzzTest {

	private static final List<String> VERBS = List.of("INSERT", "UPDATE", "DELETE", "MERGE");

	@MethodSource("megabyteSeeds")
	@FuzzTest
	void failedStatements(byte[] input) {
		String sql = FuzzInputs.text(input);
		Statement statement = FuzzInputs.within(sql.length(), () -> Statement.parse(sql));
		if (statement != null) {
			assertThat(statement.verb()).isIn(VERBS);
			assertThat(statement.table()).isNotEmpty();
		}
		String name = FuzzInputs.name(sql);
		if (name != null) {
			for (String quoted : List.of(quote(name, '"', '"'), quote(name, '`', '`'), quote(name, '[', ']'))) {
				assertThat(Statement.parse("insert into " + quoted + " values (1)"))
					.isEqualTo(new Statement("INSERT", name));
				assertThat(Statement.parse("update " + quoted + "." + quoted + " set x = 1"))
					.isEqualTo(new Statement("UPDATE", name, name, List.of("x")));
			}
		}
	}

	/** Each committed statement with a megabyte of values after it, and a megabyte of comment before it. */
	static Stream<byte[]> megabyteSeeds() {
		if (FuzzInputs.fuzzing()) {
			return Stream.empty();
		}
		return FuzzInputs.seeds(StatementFuzzTest.class, "failedStatements").stream()
			.flatMap((sql) -> Stream.of(sql + FuzzInputs.megabyte(", (1, 'x')"), FuzzInputs.megabyte("/* (( */ ") + sql,
					FuzzInputs.megabyte("insert into \"")))
			.map((sql) -> sql.getBytes(StandardCharsets.UTF_8));
	}

	/** The name between the quotes, the closing quote doubled inside. */
	private static String quote(String name, char open, char close) {
		String doubled = String.valueOf(new char[] { close, close });
		return open + name.replace(String.valueOf(close), doubled) + close;
	}

}
