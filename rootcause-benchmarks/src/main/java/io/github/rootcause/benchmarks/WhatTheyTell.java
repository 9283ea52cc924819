package io.github.rootcause.benchmarks;

import java.sql.SQLException;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * What each contender of {@link ReadBenchmark} and {@link RecordedReadBenchmark} returns for the very exceptions
 * they are timed on, so that their times can be read next to what they tell: Spring's translators give an
 * exception class, Hibernate's extractor a constraint name, rootcause the whole cause.
 *
 * <pre class="code">
 * rootcause-benchmarks/run tell
 * </pre>
 */
public final class WhatTheyTell {

	private WhatTheyTell() {
	}

	/**
	 * Prints one line per database and violation.
	 * @param args none
	 * @throws SQLException when a live database cannot be prepared
	 */
	public static void main(String[] args) throws SQLException {
		System.out.println("| database | violation | RootCause.of | Spring subclass translator | Spring error-code "
				+ "translator | Hibernate extractor |");
		System.out.println("| --- | --- | --- | --- | --- | --- |");
		for (Engine engine : Engine.values()) {
			DatabaseFixture fixture = engine.start();
			try {
				for (Violation violation : Violation.values()) {
					print(engine.name(), violation, Engine.capture(fixture, violation), engine.springName(),
							engine.hibernateExtractor().extractConstraintName(Engine.capture(fixture, violation)));
				}
			}
			finally {
				fixture.stop();
			}
		}
		for (Recorded recorded : Recorded.values()) {
			for (Violation violation : Violation.values()) {
				SQLException exception = recorded.exception(violation);
				print(recorded.name() + " (recorded)", violation, exception, recorded.springName(),
						recorded.hibernateExtractor().extractConstraintName(exception));
			}
		}
	}

	private static void print(String database, Violation violation, SQLException exception, String springName,
			String hibernate) {
		Optional<Cause> cause = RootCause.of(exception);
		System.out.printf("| %s | %s | %s | %s | %s | %s |%n", database, violation,
				cause.map(WhatTheyTell::describe).orElse("empty"),
				name(new SQLExceptionSubclassTranslator().translate("insert", null, exception)),
				name(new SQLErrorCodeSQLExceptionTranslator(springName).translate("insert", null, exception)),
				(hibernate != null) ? hibernate : "null");
	}

	private static String describe(Cause cause) {
		return cause.kind() + " " + cause.constraint().orElse("-") + " " + cause.table().orElse("-") + " "
				+ cause.columns() + cause.reference().map((reference) -> " " + reference).orElse("");
	}

	private static String name(DataAccessException translated) {
		return (translated != null) ? translated.getClass().getSimpleName() : "null";
	}

}
