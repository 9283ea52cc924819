package io.github.rootcause;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import io.github.rootcause.BatchRowScenarios.Failure;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 goes on after a failed row and marks it {@code EXECUTE_FAILED} among the counts of the others.
 */
class BatchRowH2Test {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.H2);

	private final BatchRowScenarios scenarios = new BatchRowScenarios(db);

	@Test
	void batchOnH2TellsTheFailedRowFromTheExecuteFailedMarkAmongTheCounts() throws SQLException {
		Failure failure = this.scenarios.rowSixRepeatsRowTwo("").assertUniqueViolation();
		assertThat(((BatchUpdateException) failure.exception()).getUpdateCounts()).containsExactly(1, 1, 1, 1, 1, 1,
				-3, 1, 1, 1);
		assertThat(failure.row()).contains(BatchRow.at(6));
	}

	@Test
	void batchOnH2TellsTheFirstRowWhenItRepeatsARowAlreadyInTheTable() throws SQLException {
		assertThat(this.scenarios.batch(-1, 0, "").assertUniqueViolation().row()).contains(BatchRow.at(0));
	}

}
