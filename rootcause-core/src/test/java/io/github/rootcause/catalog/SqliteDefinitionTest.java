package io.github.rootcause.catalog;

import java.util.List;

import io.github.rootcause.Kind;
import io.github.rootcause.catalog.SqliteDefinition.Declared;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The scanner that reads what SQLite's pragmas do not tell from its {@code CREATE} statements. The names it
 * gives checks are the ones SQLite 3.53 reported for the same statements (see
 * {@code SqliteConstraintViolationTest} for the live ones).
 */
class SqliteDefinitionTest {

	@Test
	void sqliteCheckNamesFollowSqliteDequotingAndTrimming() {
		List<Declared> declared = SqliteDefinition.constraints("create table a (\"dot.col\" int check (\"dot.col\" > 0), "
				+ "\"x y\" int check (\"x y\"   >   0), z int check (  z  >  0  ), w int constraint \"Ck W\" check (w > 0), "
				+ "v int, constraint ck_v check (v > 0), check (   v < 9 ))");
		// SQLite 3.53 failed these as: dot.col, x y, "z  >  0", Ck W, ck_v, "v < 9".
		assertThat(declared).extracting(Declared::checkName)
			.containsExactly("dot.col", "x y", "z  >  0", "Ck W", "ck_v", "v < 9");
		assertThat(declared).extracting(Declared::columns)
			.containsExactly(List.of("dot.col"), List.of("x y"), List.of("z"), List.of("w"), List.of(), List.of());
	}

	@Test
	void sqliteConstraintNameOnAColumnNamesEveryConstraintAfterIt() {
		List<Declared> declared = SqliteDefinition.constraints("create table a (x int constraint foo not null "
				+ "check (x > 0), y int constraint bar unique check (y > 0), z int check (z > 0) constraint baz "
				+ "check (z < 10))");
		// SQLite 3.53 failed the checks as: foo, bar, "z > 0", baz.
		assertThat(declared).extracting(Declared::kind, Declared::name).containsExactly(tuple(Kind.CHECK, "foo"),
				tuple(Kind.UNIQUE, "bar"), tuple(Kind.CHECK, "bar"), tuple(Kind.CHECK, null), tuple(Kind.CHECK, "baz"));
	}

	@Test
	void sqliteTableConstraintsKeepTheirNamesColumnsAndQuotingStyles() {
		List<Declared> declared = SqliteDefinition.constraints("CREATE TABLE [order line] -- a comment (\n"
				+ "(`order id` INTEGER, \"line\" INT DEFAULT (1 + 2), note TEXT COLLATE NOCASE, /* ( */ "
				+ "CONSTRAINT [pk line] PRIMARY KEY (`order id`, \"line\" DESC), "
				+ "CONSTRAINT 'uq note' UNIQUE (note COLLATE NOCASE), "
				+ "CONSTRAINT fk_order FOREIGN KEY (`order id`) REFERENCES orders (id) ON DELETE CASCADE, "
				+ "UNIQUE (line, note))");
		assertThat(declared).containsExactly(new Declared(Kind.UNIQUE, true, "pk line", List.of("order id", "line"), null),
				new Declared(Kind.UNIQUE, false, "uq note", List.of("note"), null),
				new Declared(Kind.FOREIGN_KEY, false, "fk_order", List.of("order id"), null),
				new Declared(Kind.UNIQUE, false, null, List.of("line", "note"), null));
	}

	@Test
	void sqliteExpressionIndexReadsTheTableColumnsInItsKeys() {
		List<String> columns = List.of("id", "first name", "last");
		assertThat(SqliteDefinition.indexedColumns("CREATE UNIQUE INDEX \"ix (odd)\" ON people "
				+ "(lower(last), \"first name\" COLLATE NOCASE, 'last') WHERE id > 0", columns))
			.containsExactly("last", "first name");
	}

	@Test
	void sqliteStatementsItCannotReadGiveNothingRatherThanFail() {
		assertThat(SqliteDefinition.constraints(null)).isEmpty();
		assertThat(SqliteDefinition.constraints("create table")).isEmpty();
		assertThat(SqliteDefinition.constraints("create table t (a int check (a > 0")).extracting(Declared::kind)
			.containsExactly(Kind.CHECK);
		assertThat(SqliteDefinition.constraints("create table t (\"unterminated int)")).isEmpty();
		assertThat(SqliteDefinition.constraints("create table t (" + "(".repeat(100_000))).isEmpty();
		assertThat(SqliteDefinition.indexedColumns("create index i on t", List.of("a"))).isEmpty();
	}

}
