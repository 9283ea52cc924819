package io.github.rootcause.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rootcause.Kind;
import io.github.rootcause.catalog.SqliteDefinition.Declared;
import io.github.rootcause.testing.FuzzInputs;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link SqliteDefinition}, the reader of SQLite's {@code CREATE TABLE} and {@code CREATE INDEX}
 * statements, seeded from the statements the live SQLite tests create: it never throws, keeps to the time bound,
 * reads only columns of the table, and names quoted in any of SQLite's four ways come back unquoted, whatever they
 * hold.
 */
class SqliteDefinitionFuzzTest {

	private static final List<String> COLUMNS = List.of("id", "name", "first name", "Qty");

	@MethodSource("megabyteSeeds")
	@FuzzTest
	void createStatements(byte[] input) {
		String sql = FuzzInputs.text(input);
		List<Declared> declared = FuzzInputs.within(sql.length(), () -> SqliteDefinition.constraints(sql));
		for (Declared constraint : declared) {
			assertThat(constraint.kind()).isNotNull();
			assertThat(constraint.columns()).doesNotContainNull();
			if (constraint.kind() == Kind.CHECK) {
				assertThat(constraint.checkName()).isNotNull();
			}
		}
		assertThat(FuzzInputs.within(sql.length(), () -> SqliteDefinition.indexedColumns(sql, COLUMNS)))
			.isSubsetOf(COLUMNS);
		assertThat(FuzzInputs.within(sql.length(), () -> SqliteDefinition.columnsIn(sql, COLUMNS)))
			.isSubsetOf(COLUMNS);
		String name = FuzzInputs.name(sql);
		if (name != null) {
			for (String quoted : quotes(name)) {
				assertThat(SqliteDefinition.constraints("create table t (" + quoted + " int constraint " + quoted
						+ " check (" + quoted + " > 0), constraint " + quoted + " unique (" + quoted + "))"))
					.containsExactly(new Declared(Kind.CHECK, false, name, List.of(name), quoted + " > 0"),
							new Declared(Kind.UNIQUE, false, name, List.of(name), null));
			}
		}
	}

	/** The first committed statement with a megabyte of checks, of open parentheses, and of quotes in it. */
	static Stream<byte[]> megabyteSeeds() {
		if (FuzzInputs.fuzzing()) {
			return Stream.empty();
		}
		String sql = FuzzInputs.seeds(SqliteDefinitionFuzzTest.class, "createStatements").get(0);
		return Stream.of(sql.replaceFirst("\\(", "(" + FuzzInputs.megabyte("c int check (c > 0), ")),
				sql + FuzzInputs.megabyte("("), sql.replaceFirst("\\(", "(" + FuzzInputs.megabyte("\"\"(\"'")))
			.map((text) -> text.getBytes(StandardCharsets.UTF_8));
	}

	/** The name in SQLite's quotes: double quotes, backticks and single quotes doubled inside; brackets when it has none. */
	private static List<String> quotes(String name) {
		List<String> quotes = new ArrayList<>(List.of("\"" + name.replace("\"", "\"\"") + "\"",
				"`" + name.replace("`", "``") + "`", "'" + name.replace("'", "''") + "'"));
		if (name.indexOf(']') < 0) {
			quotes.add("[" + name + "]");
		}
		return quotes;
	}

}
