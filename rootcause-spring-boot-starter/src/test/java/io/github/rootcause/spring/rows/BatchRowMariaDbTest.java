package io.github.rootcause.spring.rows;

import org.junit.jupiter.api.Test;

import io.github.rootcause.BatchRow;
import io.github.rootcause.spring.jdbc.UniqueViolationException;
import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batches on MariaDB, whose Connector/J sends them through the bulk protocol by default and marks every row failed:
 * the typed exception says plainly that the row is unknown.
 */
@OnDatabase(TestDatabase.MARIADB)
class BatchRowMariaDbTest extends BatchRowScenarios {

	@Test
	void jdbcTemplateBatchUpdateOnMariaDbSaysTheRowIsUnknown() {
		UniqueViolationException ex = oneBatch();
		assertThat(ex.batchRow()).contains(BatchRow.unknown());
		assertThat(ex.getMessage()).contains("(batch row unknown); SQL [" + INSERT + "]");
	}

	@Test
	void jdbcTemplateBatchUpdateOnMariaDbWithABatchSizeSaysTheRowIsUnknown() {
		assertThat(batchesOfFour().batchRow()).contains(BatchRow.unknown());
	}

	@Test
	void saveAllOnMariaDbWithHibernateBatchingSaysTheRowIsUnknown() {
		assertThat(saveAll().batchRow()).contains(BatchRow.unknown());
	}

	@Test
	void saveAllOfSpringDataJdbcOnMariaDbSaysTheRowIsUnknown() {
		assertThat(dataJdbcSaveAll().batchRow()).contains(BatchRow.unknown());
	}

}
