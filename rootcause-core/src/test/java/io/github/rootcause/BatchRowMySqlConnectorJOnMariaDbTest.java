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
 * MySQL Connector/J against MariaDB sends row by row and goes on after the failed row, marking it; with
 * {@code continueBatchOnError=false} it stops there; with {@code rewriteBatchedStatements=true} it folds the rows into
 * multi-row statements and marks them all {@code EXECUTE_FAILED}: no row.
 */
class BatchRowMySqlConnectorJOnMariaDbTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.MARIADB_MYSQL_DRIVER);

	private final BatchRowScenarios scenarios = new BatchRowScenarios(db);

	@Test
	void batchOnMySqlConnectorJTellsTheFailedRowFromItsExecuteFailedMark() throws SQLException {
		Failure failure = this.scenarios.rowSixRepeatsRowTwo("").assertUniqueViolation();
		assertThat(((BatchUpdateException) failure.exception()).getUpdateCounts()).containsExactly(1, 1, 1, 1, 1, 1,
				-3, 1, 1, 1);
		assertThat(failure.row()).contains(BatchRow.at(6));
	}

	@Test
	void batchOnMySqlConnectorJStoppingAtTheFailureTellsTheRowFromTheCountsBeforeIt() throws SQLException {
		Failure failure = this.scenarios.rowSixRepeatsRowTwo("continueBatchOnError=false").assertUniqueViolation();
		assertThat(((BatchUpdateException) failure.exception()).getUpdateCounts()).containsExactly(1, 1, 1, 1, 1, 1);
		assertThat(failure.row()).contains(BatchRow.at(6));
	}

	@Test
	void batchOnMySqlConnectorJWithRewrittenStatementsTellsNoRow() throws SQLException {
		Failure failure = this.scenarios
			.rowSixRepeatsRowTwo("rewriteBatchedStatements=true&continueBatchOnError=false")
			.assertUniqueViolation();
		assertThat(((BatchUpdateException) failure.exception()).getUpdateCounts()).containsOnly(-3);
		assertThat(failure.row()).contains(BatchRow.unknown());
	}

}
