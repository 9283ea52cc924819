package io.github.rootcause.benchmarks;

import java.sql.SQLException;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.RootCause;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recorded exceptions of {@link RecordedReadBenchmark} are read as the violations they stand for, so the
 * benchmark measures the whole reading path, not an early "not a violation".
 */
class RecordedTest {

	@ParameterizedTest
	@EnumSource(Recorded.class)
	void everyRecordedViolationIsReadAsItsKindAndNamesItsConstraintOrColumn(Recorded database) {
		for (Violation violation : Violation.values()) {
			SQLException exception = database.exception(violation);
			Cause cause = RootCause.of(exception).orElseThrow(() -> new AssertionError(database + " " + violation));
			assertThat(cause.kind()).as(database + " " + violation).isEqualTo(Kind.valueOf(violation.name()));
			String named = switch (violation) {
				case UNIQUE -> (database == Recorded.DB2) ? cause.table().orElseThrow() : cause.constraint().orElseThrow();
				case NOT_NULL -> String.join(",", cause.columns());
				case FOREIGN_KEY, CHECK -> cause.constraint().orElseThrow();
			};
			assertThat(named).as(database + " " + violation).isEqualToIgnoringCase(expected(database, violation));
		}
	}

	private static String expected(Recorded database, Violation violation) {
		return switch (violation) {
			case UNIQUE -> (database == Recorded.DB2) ? "child" : "uq_child_email";
			case NOT_NULL -> "email";
			case FOREIGN_KEY -> "fk_child_parent";
			case CHECK -> "ck_child_qty";
		};
	}

}
