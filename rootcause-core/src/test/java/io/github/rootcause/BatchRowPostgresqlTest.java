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
 * pgjdbc marks every row {@code EXECUTE_FAILED} (the whole batch is rolled back) and names the failed entry in
 * its message; with {@code reWriteBatchedInserts=true} an entry holds several rows and tells none.
 */
class BatchRowPostgresqlTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.POSTGRESQL);

	private final BatchRowScenarios scenarios = new BatchRowScenarios(db);

	@Test
	void batchOnPostgresqlTellsTheFailedRowFromTheEntryPgjdbcNamesThoughEveryCountIsExecuteFailed() throws SQLException {
		Failure failure = this.scenarios.rowSixRepeatsRowTwo("").assertUniqueViolation();
		assertThat(failure.exception().getMessage()).startsWith("Batch entry 6 ");
		assertThat(((BatchUpdateException) failure.exception()).getUpdateCounts()).containsOnly(-3).hasSize(10);
		assertThat(failure.row()).contains(BatchRow.at(6));
	}

	@Test
	void batchOnPostgresqlWithRewrittenInsertsTellsNoRowSinceOneEntryHoldsSeveralRows() throws SQLException {
		Failure failure = this.scenarios.rowSixRepeatsRowTwo("reWriteBatchedInserts=true").assertUniqueViolation();
		assertThat(failure.exception().getMessage()).startsWith("Batch entry 0 ");
		assertThat(failure.row()).contains(BatchRow.unknown());
	}

}
