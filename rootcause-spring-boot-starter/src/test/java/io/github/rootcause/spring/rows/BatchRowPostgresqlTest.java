package io.github.rootcause.spring.rows;

import org.junit.jupiter.api.Test;

import io.github.rootcause.BatchRow;
import io.github.rootcause.spring.jdbc.UniqueViolationException;
import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batches on PostgreSQL, where pgjdbc names the failed entry in its message.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class BatchRowPostgresqlTest extends BatchRowScenarios {

	@Test
	void jdbcTemplateBatchUpdateOnPostgresqlTellsTheFailedRowFromTheEntryPgjdbcNames() {
		UniqueViolationException ex = oneBatch();
		assertThat(ex.batchRow()).contains(BatchRow.at(6));
		assertThat(ex.getMessage()).contains("(batch row 6); SQL [" + INSERT + "]");
	}

	@Test
	void jdbcTemplateBatchUpdateOnPostgresqlWithABatchSizeTellsTheRowCountedFromTheFirstBatch() {
		UniqueViolationException ex = batchesOfFour();
		assertThat(ex.batchRow()).contains(BatchRow.at(6));
		assertThat(driversRow(ex)).contains(BatchRow.at(2));
	}

	@Test
	void saveAllOnPostgresqlWithHibernateBatchingSaysTheRowIsUnknownSinceHibernatesBatchIsNotTheList() {
		UniqueViolationException ex = saveAll();
		assertThat(ex.batchRow()).contains(BatchRow.unknown());
		assertThat(driversRow(ex)).contains(BatchRow.at(2));
	}

	@Test
	void saveAllOfSpringDataJdbcOnPostgresqlTellsThePositionInTheSavedList() {
		assertThat(dataJdbcSaveAll().batchRow()).contains(BatchRow.at(6));
	}

}
