package io.github.rootcause.spring.jdbc;

import java.sql.BatchUpdateException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.AggregatedBatchUpdateException;
import org.springframework.util.ClassUtils;

import io.github.rootcause.BatchRow;

/**
 * Which row of a batch failed, as {@link BatchRow#of(Throwable)} reads it from the driver's exception, counted from
 * the first row of the whole {@code JdbcTemplate.batchUpdate} call: when a batch size splits the rows into batches,
 * Spring (6.2 and later) throws an {@link AggregatedBatchUpdateException} that carries the counts of the batches
 * that passed, and the row moves behind their rows.
 */
final class BatchRows {

	/**
	 * Whether Spring's {@code AggregatedBatchUpdateException} (Spring Framework 6.2 and later) is there; a reactive
	 * application may have no spring-jdbc at all.
	 */
	private static final boolean AGGREGATED_PRESENT = ClassUtils.isPresent(
			"org.springframework.jdbc.core.AggregatedBatchUpdateException", BatchRows.class.getClassLoader());

	private static final int LIMIT = 64;

	private BatchRows() {
	}

	/**
	 * The failed row of a batch behind a throwable.
	 * @param throwable any throwable
	 * @return empty when the chain holds no batch; else the row, possibly {@link BatchRow#unknown() unknown}
	 */
	static Optional<BatchRow> of(Throwable throwable) {
		BatchUpdateException first = firstBatch(throwable);
		if (first == null) {
			return BatchRow.of(throwable);
		}
		return AGGREGATED_PRESENT ? Aggregated.of(first) : BatchRow.of(first);
	}

	/** The first batch exception along the causes, where Spring's JDBC operations put theirs. */
	private static @Nullable BatchUpdateException firstBatch(Throwable throwable) {
		Throwable current = throwable;
		for (int depth = 0; current != null && depth < LIMIT; depth++, current = current.getCause()) {
			if (current instanceof BatchUpdateException batch) {
				return batch;
			}
		}
		return null;
	}

	/** Reads Spring's aggregated exception; loaded only when Spring has it. */
	private static final class Aggregated {

		static Optional<BatchRow> of(BatchUpdateException batch) {
			if (!(batch instanceof AggregatedBatchUpdateException aggregated)) {
				return BatchRow.of(batch);
			}
			int before = 0;
			for (int[] counts : aggregated.getSuccessfulUpdateCounts()) {
				before += counts.length;
			}
			int rows = before;
			return BatchRow.of(aggregated).map((row) -> row.after(rows));
		}

	}

}
