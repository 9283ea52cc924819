package io.github.rootcause;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The columns an {@code UPDATE}'s {@code SET} assigns, which tell the side of a foreign key the database does not.
 */
class StatementAssignmentsTest {

	@Test
	void updateAssignsEveryTargetOfItsSetClauseWithoutQualifierOrQuotes() {
		assertThat(assigned("update book set author_id = 9, title = 'x' where id = 1")).containsExactly("author_id",
				"title");
		assertThat(assigned("UPDATE `Bestellung Ä` b SET b.`Kunde Id` = 3, \"Menge\" = 1"))
			.containsExactly("Kunde Id", "Menge");
		assertThat(assigned("update [dbo].[t] set [a b] = 1")).containsExactly("a b");
	}

	@Test
	void commasInsideCallsLiteralsAndCommentsDoNotEndAnAssignment() {
		assertThat(assigned("update t set a = coalesce(x, y, 'p, q'), b = 'it''s, fine' /* , c = 1 */ -- , d = 2\n"))
			.containsExactly("a", "b");
		assertThat(assigned("update t set a = 'back\\'slash, x', b = 1")).containsExactly("a", "b");
	}

	@Test
	void rowValueTargetsAssignEachOfTheirColumns() {
		assertThat(assigned("update t set (a, b) = (1, 2), c = 3")).containsExactly("a", "b", "c");
	}

	@Test
	void theClausesAfterSetAreNotAssignments() {
		assertThat(assigned("update t set a = 1 where b = 2 order by c, d limit 1")).containsExactly("a");
		assertThat(assigned("update t set a = s.x from s where s.id = t.id")).containsExactly("a");
		assertThat(assigned("update t set a = 1 returning b, c")).containsExactly("a");
	}

	@Test
	void aliasesJoinsAndHintsBeforeSetAreSkipped() {
		assertThat(assigned("update t as x indexed by ix set a = 1")).containsExactly("a");
		assertThat(assigned("update t1 join t2 on t1.id = t2.id set t1.a = t2.b")).containsExactly("a");
		assertThat(assigned("UPDATE LOW_PRIORITY IGNORE shop.t2 SET a = 1")).containsExactly("a");
	}

	@Test
	void otherVerbsAndUpdatesWithoutSetAssignNothing() {
		assertThat(assigned("insert into t (a, b) values (1, 2)")).isEmpty();
		assertThat(assigned("delete from t where a = 1")).isEmpty();
		assertThat(assigned("update t")).isEmpty();
		assertThat(assigned("update t set")).isEmpty();
		assertThat(assigned("update t set 'x' = 1")).isEmpty();
	}

	private static java.util.List<String> assigned(String sql) {
		return Statement.parse(sql).assigned();
	}

}
