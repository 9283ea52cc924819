package io.github.rootcause.spring.rows;

import org.junit.jupiter.api.Test;

import io.github.rootcause.BatchRow;
import io.github.rootcause.spring.jdbc.UniqueViolationException;
import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batches on H2, which marks the failed row among the counts of the others.
 */
@OnDatabase(TestDatabase.H2)
class BatchRowH2Test extends BatchRowScenarios {

	@Test
	void jdbcTemplateBatchUpdateOnH2TellsTheFailedRowInTheExceptionAndItsMessage() {
		UniqueViolationException ex = oneBatch();
		assertThat(ex.batchRow()).contains(BatchRow.at(6));
		assertThat(ex.getMessage()).contains("(batch row 6); SQL [" + INSERT + "]");
	}

	@Test
	void jdbcTemplateBatchUpdateOnH2WithABatchSizeTellsTheRowCountedFromTheFirstBatch() {
		UniqueViolationException ex = batchesOfFour();
		assertThat(ex.batchRow()).contains(BatchRow.at(6));
		assertThat(driversRow(ex)).contains(BatchRow.at(2));
		assertThat(ex.getMessage()).contains("(batch row 6)");
	}

	@Test
	void saveAllOnH2WithHibernateBatchingSaysTheRowIsUnknownSinceHibernatesBatchIsNotTheList() {
		UniqueViolationException ex = saveAll();
		assertThat(ex.batchRow()).contains(BatchRow.unknown());
		assertThat(driversRow(ex)).contains(BatchRow.at(2));
		assertThat(ex.getMessage()).contains("(batch row unknown)");
	}

	@Test
	void saveAllOfSpringDataJdbcOnH2TellsThePositionInTheSavedList() {
		UniqueViolationException ex = dataJdbcSaveAll();
		assertThat(ex.batchRow()).contains(BatchRow.at(6));
	}

}
