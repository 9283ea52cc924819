package io.github.rootcause;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatementTest {

	@Test
	void readsTheTargetOfInsertUpdateDeleteAndMerge() {
		assertThat(Statement.parse("insert into customer (email) values (?)"))
			.isEqualTo(new Statement("INSERT", "customer"));
		assertThat(Statement.parse("UPDATE orders SET total = ?")).isEqualTo(update(null, "orders", "total"));
		assertThat(Statement.parse("delete from customer where id = ?"))
			.isEqualTo(new Statement("DELETE", "customer"));
		assertThat(Statement.parse("MERGE INTO product p USING ...")).isEqualTo(new Statement("MERGE", "product"));
	}

	/** An {@code UPDATE} statement, with the columns its {@code SET} assigns. */
	private static Statement update(String schema, String table, String... assigned) {
		return new Statement("UPDATE", schema, table, java.util.List.of(assigned));
	}

	@Test
	void readsTheTargetPastTheCommonTableExpressionsOfAWithClause() {
		assertThat(Statement.parse("with p(id) as (select 99), q as (select 'delete' from x) insert into book"
				+ " select 2, id from p")).isEqualTo(new Statement("INSERT", "book"));
		assertThat(Statement.parse("WITH RECURSIVE r AS (SELECT 1 UNION ALL SELECT n FROM r) UPDATE shop.stock"
				+ " SET qty = 0")).isEqualTo(update("shop", "stock", "qty"));
		assertThat(Statement.parse("with gone as (delete from cart returning id) delete from cart_line"))
			.isEqualTo(new Statement("DELETE", "cart_line"));
		assertThat(Statement.parse("with x as (insert into t values (1)) select * from x")).isNull();
		assertThat(Statement.parse("with x as (select 1")).isNull();
	}

	@Test
	void readsTheSchemaApartFromTheTableAndDropsQuotes() {
		assertThat(Statement.parse("insert into \"Sales\".\"Order Item\" values (1)"))
			.isEqualTo(new Statement("INSERT", "Sales", "Order Item"));
		assertThat(Statement.parse("insert into `shop`.`customer` values (1)"))
			.isEqualTo(new Statement("INSERT", "shop", "customer"));
		assertThat(Statement.parse("delete from [dbo].[customer]"))
			.isEqualTo(new Statement("DELETE", "dbo", "customer"));
		assertThat(Statement.parse("update shop.dbo.customer set x = 1"))
			.isEqualTo(update("dbo", "customer", "x"));
		assertThat(Statement.parse("insert into customer values (1)")).isEqualTo(new Statement("INSERT", "customer"));
		assertThat(Statement.parse("insert into ``.customer values (1)")).isEqualTo(new Statement("INSERT", "customer"));
	}

	@Test
	void aQuotedTableNamedLikeAKeywordIsTheTable() {
		// Found by StatementFuzzTest: a table quoted as "ONLY" was skipped as PostgreSQL's ONLY.
		assertThat(Statement.parse("insert into \"ONLY\" values (1)")).isEqualTo(new Statement("INSERT", "ONLY"));
		assertThat(Statement.parse("delete from `into`")).isEqualTo(new Statement("DELETE", "into"));
		assertThat(Statement.parse("insert [ignore] values (1)")).isEqualTo(new Statement("INSERT", "ignore"));
		assertThat(Statement.parse("delete from only customer")).isEqualTo(new Statement("DELETE", "customer"));
		assertThat(Statement.parse("insert ignore into customer values (1)"))
			.isEqualTo(new Statement("INSERT", "customer"));
	}

	@Test
	void readsQuotedNamesWithDoubledQuotesInside() {
		// Found by StatementFuzzTest: a doubled quote ended the name.
		assertThat(Statement.parse("insert into \"Sales \"\"EU\"\"\".\"Order \"\"Item\"\"\" values (1)"))
			.isEqualTo(new Statement("INSERT", "Sales \"EU\"", "Order \"Item\""));
		assertThat(Statement.parse("update `a``b` set x = 1")).isEqualTo(update(null, "a`b", "x"));
		assertThat(Statement.parse("delete from [dbo].[a]]b]")).isEqualTo(new Statement("DELETE", "dbo", "a]b"));
		assertThat(Statement.parse("insert into \"\"\"\" values (1)")).isEqualTo(new Statement("INSERT", "\""));
	}

	@Test
	void skipsCommentsModifiersAndDialectVerbs() {
		assertThat(Statement.parse("/* app */ -- trace\n insert ignore into t values (1)"))
			.isEqualTo(new Statement("INSERT", "t"));
		assertThat(Statement.parse("INSERT OR ROLLBACK INTO t VALUES (1)")).isEqualTo(new Statement("INSERT", "t"));
		assertThat(Statement.parse("replace into t values (1)")).isEqualTo(new Statement("INSERT", "t"));
		assertThat(Statement.parse("update only parent set id = 2")).isEqualTo(update(null, "parent", "id"));
	}

	@Test
	void updateNamesTheWholeTableEvenWithUnderscoresDigitsOrQuotes() {
		assertThat(Statement.parse("update order_items set qty = 1")).isEqualTo(update(null, "order_items", "qty"));
		assertThat(Statement.parse("UPDATE LOW_PRIORITY IGNORE shop.t2 SET a = 1"))
			.isEqualTo(update("shop", "t2", "a"));
		assertThat(Statement.parse("update `Kunde Übersicht` set x = null"))
			.isEqualTo(update(null, "Kunde Übersicht", "x"));
		assertThat(Statement.parse("update only \"Orders\" set x = 1")).isEqualTo(update(null, "Orders", "x"));
	}

	@Test
	void readsTheTableAfterOrReplaceAndWithoutIntoOrFrom() {
		assertThat(Statement.parse("INSERT OR REPLACE INTO book VALUES (2, 99)"))
			.isEqualTo(new Statement("INSERT", "book"));
		assertThat(Statement.parse("update or replace book set author_id = 9"))
			.isEqualTo(update(null, "book", "author_id"));
		assertThat(Statement.parse("insert customer_note values (1)"))
			.isEqualTo(new Statement("INSERT", "customer_note"));
		assertThat(Statement.parse("delete order_items where id = 1"))
			.isEqualTo(new Statement("DELETE", "order_items"));
		assertThat(Statement.parse("DELETE TOP (10) FROM order_items")).isEqualTo(new Statement("DELETE", "order_items"));
		assertThat(Statement.parse("delete from only parent")).isEqualTo(new Statement("DELETE", "parent"));
		assertThat(Statement.parse("upsert into fail values (1)")).isEqualTo(new Statement("INSERT", "fail"));
	}

	@Test
	void readsNothingFromQueriesAndNonsense() {
		assertThat(Statement.parse("select * from customer")).isNull();
		assertThat(Statement.parse("with x as (select 1) select * from x")).isNull();
		assertThat(Statement.parse("insert into")).isNull();
		assertThat(Statement.parse("insert into \"unterminated")).isNull();
		assertThat(Statement.parse("insert into \"\" values (1)")).isNull();
		assertThat(Statement.parse("update `` set x = 1")).isNull();
		assertThat(Statement.parse("")).isNull();
		assertThat(Statement.parse(null)).isNull();
	}

}
