package io.github.rootcause;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainTest {

	@Test
	void findsTheDriverExceptionBehindWrappers() {
		SQLException driver = new SQLException("duplicate", "23505");
		RuntimeException wrapper = new RuntimeException("could not execute statement",
				new IllegalStateException("flush", driver));
		assertThat(Chain.walk(wrapper)).containsExactly(driver);
		assertThat((Throwable) Chain.only(wrapper)).isSameAs(driver);
	}

	@Test
	void onlyTheUsualChainHasItsOneSqlExceptionReadWithoutAWalk() {
		SQLException driver = new SQLException("duplicate", "23505");
		assertThat((Throwable) Chain.only(new RuntimeException(new SQLException("pool", "23505", driver)))).isNull();
		BatchUpdateException batch = new BatchUpdateException("Batch entry 1 was aborted", "23505", 0, new int[0]);
		batch.setNextException(driver);
		assertThat((Throwable) Chain.only(batch)).isNull();
		RuntimeException suppressing = new RuntimeException("rollback failed", driver);
		suppressing.addSuppressed(new IllegalStateException("close"));
		assertThat((Throwable) Chain.only(suppressing)).isNull();
		assertThat((Throwable) Chain.only(null)).isNull();
	}

	@Test
	void findsEverySqlExceptionAlongTheCausesNearestFirst() {
		SQLException driver = new SQLException("duplicate", "23505");
		SQLException pool = new SQLException("statement failed", "23505", driver);
		assertThat(Chain.walk(new RuntimeException(pool))).containsExactly(pool, driver);
	}

	@Test
	void followsNextExceptionsOfABatch() {
		BatchUpdateException batch = new BatchUpdateException("Batch entry 1 was aborted", "23505", 0, new int[0]);
		SQLException real = new SQLException("duplicate key value", "23505");
		batch.setNextException(real);
		assertThat(Chain.walk(batch)).containsExactly(batch, real);
	}

	@Test
	void followsSuppressedExceptions() {
		SQLException suppressed = new SQLException("not null", "23502");
		RuntimeException top = new RuntimeException("commit failed");
		top.addSuppressed(suppressed);
		assertThat(Chain.walk(top)).containsExactly(suppressed);
	}

	@Test
	void stopsOnCycles() {
		SQLException first = new SQLException("first", "23505");
		SQLException second = new SQLException("second", "23505");
		first.setNextException(second);
		first.initCause(second);
		second.initCause(first);
		assertThat(Chain.walk(first)).containsExactly(first, second);
	}

	@Test
	void stopsOnEndlessChains() {
		SQLException head = new SQLException("0", "23505");
		SQLException tail = head;
		for (int i = 1; i < 10_000; i++) {
			SQLException next = new SQLException(Integer.toString(i), "23505");
			tail.setNextException(next);
			tail = next;
		}
		assertThat(Chain.walk(head)).hasSize(Chain.LIMIT);
	}

	@Test
	void nullGivesNothing() {
		assertThat(Chain.walk(null)).isEmpty();
	}

}
