package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and mutated messages thrown at {@link MySqlDialect}: it never throws, the vendor code alone decides the
 * kind, and names in any characters round-trip through the quoting MariaDB and MySQL use.
 */
class MySqlDialectPropertiesTest {

	private static final List<String> RECORDED = List.of("(conn=7) Duplicate entry 'a@x' for key 'uq_email'",
			"Duplicate entry 'a@x' for key 'users.email'", "Column 'n' cannot be null",
			"Field 'nodef' doesn't have a default value",
			"Cannot add or update a child row: a foreign key constraint fails (`db`.`Chi``ld`, CONSTRAINT `f``k` "
					+ "FOREIGN KEY (`pa``rent id`) REFERENCES `parent` (`id`))",
			"CONSTRAINT `users.age` failed for `db`.`users`", "Check constraint 'chk_age' is violated.");

	@Property
	void anyMessageWithAConstraintCodeGivesTheKindOfThatCode(@ForAll("codes") int code,
			@ForAll @StringLength(max = 300) String message) {
		assertThat(read(message, code).map(Cause::kind)).contains(kindOf(code));
	}

	@Property
	void mutatedRecordedMessagesNeverThrowAndKeepTheKind(@ForAll("codes") int code, @ForAll("recorded") String message,
			@ForAll @IntRange(max = 400) int at, @ForAll @StringLength(max = 5) String inserted,
			@ForAll @IntRange(max = 400) int cut) {
		int split = Math.min(at, message.length());
		String mutated = message.substring(0, split) + inserted + message.substring(split);
		mutated = mutated.substring(0, Math.min(cut, mutated.length()));
		assertThat(read(mutated, code).map(Cause::kind)).contains(kindOf(code));
	}

	@Property
	void otherCodesAreNotViolations(@ForAll("otherCodes") int code, @ForAll("recorded") String message) {
		assertThat(read(message, code)).isEmpty();
	}

	@Property
	void uniqueKeyIsReadWhateverTheDuplicatedValueHolds(@ForAll @StringLength(max = 64) String value) {
		assertThat(read("(conn=12) Duplicate entry '" + value + "' for key 'uq_users_email'", 1062)
			.flatMap(Cause::constraint)).contains("uq_users_email");
		assertThat(read("Duplicate entry '" + value + "' for key 'users.PRIMARY'", 1062).flatMap(Cause::table))
			.contains("users");
	}

	@Property
	void foreignKeyNamesRoundTripThroughBacktickQuoting(@ForAll("names") String schema, @ForAll("names") String table,
			@ForAll("names") String constraint, @ForAll("names") String column) {
		String message = "Cannot delete or update a parent row: a foreign key constraint fails (" + quote(schema) + "."
				+ quote(table) + ", CONSTRAINT " + quote(constraint) + " FOREIGN KEY (" + quote(column)
				+ ") REFERENCES `parent` (`id`))";
		assertThat(read(message, 1451)).contains(Cause.of(Kind.FOREIGN_KEY).withSchema(schema).withTable(table)
			.withConstraint(constraint).withColumns(List.of(column)).withReference(Reference.STILL_REFERENCED));
	}

	@Provide
	Arbitrary<Integer> codes() {
		return Arbitraries.of(1062, 1586, 1022, 1048, 1364, 1263, 1451, 1452, 1216, 1217, 3819, 4025);
	}

	@Provide
	Arbitrary<Integer> otherCodes() {
		return Arbitraries.of(0, 1213, 1205, 1406, 1264, 1064, 1146, 2013, 3820);
	}

	@Provide
	Arbitrary<String> recorded() {
		return Arbitraries.of(RECORDED);
	}

	@Provide
	Arbitrary<String> names() {
		return Arbitraries.strings().ofMinLength(1).ofMaxLength(20).filter((name) -> !name.isBlank());
	}

	private static String quote(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

	private static Optional<Cause> read(String message, int code) {
		SQLException ex = new SQLIntegrityConstraintViolationException(message, "23000", code);
		return MySqlDialect.INSTANCE.read(ex);
	}

	private static Kind kindOf(int code) {
		return switch (code) {
			case 1062, 1586, 1022 -> Kind.UNIQUE;
			case 1048, 1364, 1263 -> Kind.NOT_NULL;
			case 1451, 1452, 1216, 1217 -> Kind.FOREIGN_KEY;
			default -> Kind.CHECK;
		};
	}

}
