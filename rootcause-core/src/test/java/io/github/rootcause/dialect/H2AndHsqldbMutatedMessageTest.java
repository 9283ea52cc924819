package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Map;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and mutated messages thrown at the H2 and HSQLDB dialects: whatever the message, they never throw and
 * always report the kind the error code names.
 */
class H2AndHsqldbMutatedMessageTest {

	private static final String NAME_CHARACTERS = "\"\\:; .(),U&+0aZü";

	private static final Map<Integer, Kind> H2_CODES = Map.of(23505, Kind.UNIQUE, 23502, Kind.NOT_NULL, 23513,
			Kind.CHECK, 23506, Kind.FOREIGN_KEY, 23503, Kind.FOREIGN_KEY);

	private static final Map<Integer, Kind> HSQLDB_CODES = Map.of(-104, Kind.UNIQUE, -10, Kind.NOT_NULL, -157,
			Kind.CHECK, -177, Kind.FOREIGN_KEY, -8, Kind.FOREIGN_KEY);

	private static final String[] H2_MESSAGES = {
			"Unique index or primary key violation: \"PUBLIC.U&\"\"Uq Mix\\\\00e9\"\" INDEX PUBLIC.U&\"\"Uq Mix\\\\00e9_INDEX_7\"\""
					+ " ON PUBLIC.\"\"My Table\"\"(\"\"Mixed Col\"\" NULLS FIRST) VALUES ( /* 1 */ 'a' )\"",
			"Unique index or primary key violation: \"PRIMARY KEY ON PUBLIC.CUSTOMER(ID) ( /* key:1 */ 1, 'a')\"",
			"NULL not allowed for column \"NAME\"", "Check constraint violation: \"CK_PRICE: \"",
			"Referential integrity constraint violation: \"Fk: Kü: PUBLIC.U&\"\"K\\\\00fc Child\"\" FOREIGN"
					+ " KEY(\"\"Parent Id\"\") REFERENCES PUBLIC.U&\"\"K\\\\00fc Parent\"\"(Pid) (9)\"" };

	private static final String[] HSQLDB_MESSAGES = {
			"integrity constraint violation: unique constraint or index violation ; \"Uq Mixé\" table: \"My Table\"",
			"integrity constraint violation: unique constraint or index violation: \"ux: a \"\"q\"\"\"",
			"integrity constraint violation: NOT NULL check constraint ; SYS_CT_10102 table: \"My Table\" column: \"Nn\"",
			"integrity constraint violation: check constraint ; Ck Öl table: My Table",
			"integrity constraint violation: foreign key no parent ; \"Fk; Kü table: x\" table: \"Kü Child\" value: 9" };

	@Property(tries = 400)
	void h2ReadsTheKindOfAnyMessageWithoutThrowing(@ForAll("h2Codes") int code,
			@ForAll("h2Messages") String message) {
		SQLException exception = new SQLIntegrityConstraintViolationException(message, String.valueOf(code), code);
		Optional<Cause> cause = Dialect.of(Database.H2).read(exception);
		assertThat(cause).map(Cause::kind).contains(H2_CODES.get(code));
	}

	@Property(tries = 400)
	void hsqldbReadsTheKindOfAnyMessageWithoutThrowing(@ForAll("hsqldbCodes") int code,
			@ForAll("hsqldbMessages") String message) {
		SQLException exception = new SQLIntegrityConstraintViolationException(message, "23000", code);
		Optional<Cause> cause = Dialect.of(Database.HSQLDB).read(exception);
		assertThat(cause).map(Cause::kind).contains(HSQLDB_CODES.get(code));
	}

	@Provide
	Arbitrary<Integer> h2Codes() {
		return Arbitraries.of(H2_CODES.keySet());
	}

	@Provide
	Arbitrary<Integer> hsqldbCodes() {
		return Arbitraries.of(HSQLDB_CODES.keySet());
	}

	@Provide
	Arbitrary<String> h2Messages() {
		return messages(H2_MESSAGES);
	}

	@Provide
	Arbitrary<String> hsqldbMessages() {
		return messages(HSQLDB_MESSAGES);
	}

	/** Recorded messages cut, and with odd characters put in, or strings of those characters alone. */
	private static Arbitrary<String> messages(String[] recorded) {
		Arbitrary<String> noise = Arbitraries.strings().withChars(NAME_CHARACTERS).ofMaxLength(12);
		Arbitrary<String> mutated = Combinators
			.combine(Arbitraries.of(recorded), Arbitraries.doubles().between(0, 1), noise,
					Arbitraries.doubles().between(0, 1))
			.as((message, insertAt, inserted, keep) -> {
				int at = (int) (insertAt * message.length());
				String changed = message.substring(0, at) + inserted + message.substring(at);
				return changed.substring(0, (int) Math.ceil(keep * changed.length()));
			});
		Arbitrary<String> random = Arbitraries.strings().withChars(NAME_CHARACTERS).ofMaxLength(200);
		return Arbitraries.oneOf(mutated, random, Arbitraries.of(recorded));
	}

}
