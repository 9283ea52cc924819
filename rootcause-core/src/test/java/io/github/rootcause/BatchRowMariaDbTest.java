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
 * MariaDB Connector/J sends a batch through MariaDB's bulk protocol by default and marks every row
 * {@code EXECUTE_FAILED}: no row. With {@code useBulkStmts=false} it sends row by row, goes on after the failed row and
 * marks it.
 */
class BatchRowMariaDbTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.MARIADB);

	private final BatchRowScenarios scenarios = new BatchRowScenarios(db);

	@Test
	void batchOnMariaDbTellsNoRowSinceTheBulkProtocolMarksEveryRowFailed() throws SQLException {
		Failure failure = this.scenarios.rowSixRepeatsRowTwo("").assertUniqueViolation();
		assertThat(((BatchUpdateException) failure.exception()).getUpdateCounts()).containsOnly(-3).hasSize(10);
		assertThat(failure.row()).contains(BatchRow.unknown());
	}

	@Test
	void batchOnMariaDbWithoutBulkStatementsTellsTheFailedRowFromItsExecuteFailedMark() throws SQLException {
		Failure failure = this.scenarios.rowSixRepeatsRowTwo("useBulkStmts=false").assertUniqueViolation();
		assertThat(((BatchUpdateException) failure.exception()).getUpdateCounts()).containsExactly(1, 1, 1, 1, 1, 1,
				-3, 1, 1, 1);
		assertThat(failure.row()).contains(BatchRow.at(6));
	}

}
