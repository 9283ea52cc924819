package io.github.rootcause.dialect;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.rootcause.testing.FuzzInputs;

/**
 * A database error as the dialects' fuzz tests read their inputs: the SQLState on the first line (an empty line
 * for none), the vendor code on the second (anything else than a number reads as 0), and the message in all that
 * follows, line breaks included (no message when there is no second line break). The committed seeds are text
 * files in this form, so they read as the errors they are.
 *
 * @param sqlState the SQLState, or {@code null}
 * @param vendorCode the vendor code
 * @param message the message, or {@code null}
 */
record FuzzedError(String sqlState, int vendorCode, String message) {

	/** What a megabyte message is made of besides the seeds: the separators the dialects scan for. */
	private static final List<String> ADVERSARIAL = List.of(" for key '", ")=(", "\nQuery is: ", "'", "\"", "`", "(",
			"\"\": ", ", ", "ORA-", "; ", " table: ", "x'\"`( for key '",
			"Duplicate entry 'a\nQuery is: ' for key 'k'");

	/**
	 * Reads a fuzz input.
	 * @param input the bytes
	 * @return the error
	 */
	static FuzzedError of(byte[] input) {
		String text = FuzzInputs.text(input);
		int first = text.indexOf('\n');
		if (first < 0) {
			return new FuzzedError(text.isEmpty() ? null : text, 0, null);
		}
		String sqlState = (first == 0) ? null : text.substring(0, first);
		int second = text.indexOf('\n', first + 1);
		String code = text.substring(first + 1, (second < 0) ? text.length() : second);
		return new FuzzedError(sqlState, number(code), (second < 0) ? null : text.substring(second + 1));
	}

	/**
	 * The seeds made at test time, too big to commit: each committed seed with its message repeated to a
	 * megabyte, and a megabyte of each separator the dialects scan for, under the codes of a committed seed.
	 * None while fuzzing (see {@link FuzzInputs#fuzzing()}).
	 * @param test the fuzz test class
	 * @param method the fuzz test method
	 * @return the inputs
	 */
	static Stream<byte[]> megabyteSeeds(Class<?> test, String method) {
		if (FuzzInputs.fuzzing()) {
			return Stream.empty();
		}
		List<FuzzedError> seeds = new ArrayList<>();
		for (String seed : FuzzInputs.seeds(test, method)) {
			seeds.add(of(seed.getBytes(StandardCharsets.UTF_8)));
		}
		List<FuzzedError> big = new ArrayList<>();
		for (FuzzedError seed : seeds) {
			if (seed.message() != null && !seed.message().isEmpty()) {
				big.add(seed.withMessage(FuzzInputs.megabyte(seed.message())));
			}
		}
		for (int i = 0; i < ADVERSARIAL.size(); i++) {
			FuzzedError seed = seeds.get(i % seeds.size());
			big.add(seed.withMessage(FuzzInputs.megabyte(ADVERSARIAL.get(i))));
		}
		return big.stream().map(FuzzedError::bytes);
	}

	/** The exception a driver that throws plain {@code java.sql} exceptions would throw. */
	SQLException exception() {
		return new SQLException(this.message, this.sqlState, this.vendorCode);
	}

	/** The length of the message, for the time bound. */
	int length() {
		return (this.message != null) ? this.message.length() : 0;
	}

	/** The message as a name to quote, when it is one (see {@link FuzzInputs#name(String)}), else {@code null}. */
	String name() {
		return FuzzInputs.name(this.message);
	}

	FuzzedError withMessage(String message) {
		return new FuzzedError(this.sqlState, this.vendorCode, message);
	}

	/** The error as a fuzz input. */
	byte[] bytes() {
		String text = ((this.sqlState != null) ? this.sqlState : "") + "\n" + this.vendorCode
				+ ((this.message != null) ? "\n" + this.message : "");
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static int number(String code) {
		try {
			return Integer.parseInt(code.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
