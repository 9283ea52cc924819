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
 * xerial's SQLite driver throws its plain {@code SQLiteException} for a failed batch: no counts, no row.
 */
class BatchRowSqliteTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.SQLITE);

	private final BatchRowScenarios scenarios = new BatchRowScenarios(db);

	@Test
	void batchOnSqliteIsNotReportedAsABatchSinceTheDriverThrowsNoBatchUpdateException() throws SQLException {
		Failure failure = this.scenarios.rowSixRepeatsRowTwo("").assertUniqueViolation();
		assertThat((Throwable) failure.exception()).isNotInstanceOf(BatchUpdateException.class);
		assertThat(failure.row()).isEmpty();
	}

}
