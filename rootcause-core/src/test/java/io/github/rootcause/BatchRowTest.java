package io.github.rootcause;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How {@link BatchRow#of(Throwable)} reads update counts and pgjdbc's message, without a database: the live
 * behaviour of each driver is in the {@code BatchRow*Test} class of its database.
 */
class BatchRowTest {

	@Test
	void chainWithoutABatchUpdateExceptionIsNoBatch() {
		assertThat(BatchRow.of(new RuntimeException(new SQLException("dup", "23505")))).isEmpty();
		assertThat(BatchRow.of(null)).isEmpty();
	}

	@Test
	void batchUpdateExceptionDeepInTheChainIsFound() {
		BatchUpdateException batch = new BatchUpdateException("dup", "23505", new int[] { 1, 1 });
		assertThat(BatchRow.of(new RuntimeException(new IllegalStateException(batch)))).contains(BatchRow.at(2));
	}

	@Test
	void firstExecuteFailedMarkIsTheRowWhenOtherRowsPassed() {
		assertThat(BatchRow.of(counts(1, 1, -3, 1, -3))).contains(BatchRow.at(2));
	}

	@Test
	void countsOfTheRowsBeforeAStopAreAsManyAsTheIndexOfTheFailedRow() {
		assertThat(BatchRow.of(counts(1, 0, 1))).contains(BatchRow.at(3));
		assertThat(BatchRow.of(counts())).contains(BatchRow.at(0));
	}

	@Test
	void everyRowMarkedFailedTellsNoRowUnlessThereIsOnlyOne() {
		assertThat(BatchRow.of(counts(-3, -3, -3))).contains(BatchRow.unknown());
		assertThat(BatchRow.of(counts(-3))).contains(BatchRow.at(0));
	}

	@Test
	void successWithoutInformationTellsNoRowSinceRowsWereNotSentOneByOne() {
		assertThat(BatchRow.of(counts(-2, -2, -3, -3))).contains(BatchRow.unknown());
	}

	@Test
	void missingCountsTellNoRow() {
		assertThat(BatchRow.of(new BatchUpdateException("dup", "23505", null))).contains(BatchRow.unknown());
	}

	@Test
	void pgjdbcEntryIsTheRowEvenWhenAValueHoldsWhatLooksLikeASecondRow() {
		assertThat(BatchRow.of(pgjdbc("Batch entry 17 insert into t (a, b) values (('x), (y'), ('1'::int4)) was "
				+ "aborted: ERROR: duplicate key value violates unique constraint \"uq\"  Call getNextException to see "
				+ "other errors in the batch."))).contains(BatchRow.at(17));
	}

	@Test
	void pgjdbcEntryOfSeveralRowsTellsNoRow() {
		assertThat(BatchRow.of(pgjdbc("Batch entry 0 insert into t (a) values (('1'::int4)),(('2'::int4)) was aborted: "
				+ "ERROR: duplicate key value violates unique constraint \"uq\""))).contains(BatchRow.unknown());
	}

	@Test
	void pgjdbcEntryWithAnUpsertClauseIsStillOneRow() {
		assertThat(BatchRow.of(pgjdbc("Batch entry 3 insert into t (a) values (('1'::int4)) on conflict (a) do update "
				+ "set a = excluded.a was aborted: ERROR: boom"))).contains(BatchRow.at(3));
	}

	@Test
	void rowMovesBehindTheRowsOfEarlierBatchesUnlessUnknown() {
		assertThat(BatchRow.at(2).after(8)).isEqualTo(BatchRow.at(10));
		assertThat(BatchRow.unknown().after(8)).isEqualTo(BatchRow.unknown());
	}

	@Test
	void rowReadsAsTextWithoutAnyValue() {
		assertThat(BatchRow.at(6)).hasToString("batch row 6");
		assertThat(BatchRow.unknown()).hasToString("batch row unknown");
	}

	@Test
	void negativeIndexIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BatchRow(OptionalInt.of(-1)));
	}

	private static BatchUpdateException counts(int... counts) {
		return new BatchUpdateException("dup", "23505", counts);
	}

	private static BatchUpdateException pgjdbc(String message) {
		return new BatchUpdateException(message, "23505", new int[] { -3, -3, -3, -3 });
	}

}
