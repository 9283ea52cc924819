package io.github.rootcause;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatementTest {

	@Test
	void readsTheTargetOfInsertUpdateDeleteAndMerge() {
		assertThat(Statement.parse("insert into customer (email) values (?)"))
			.isEqualTo(new Statement("INSERT", "customer"));
		assertThat(Statement.parse("UPDATE orders SET total = ?")).isEqualTo(new Statement("UPDATE", "orders"));
		assertThat(Statement.parse("delete from customer where id = ?"))
			.isEqualTo(new Statement("DELETE", "customer"));
		assertThat(Statement.parse("MERGE INTO product p USING ...")).isEqualTo(new Statement("MERGE", "product"));
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
			.isEqualTo(new Statement("UPDATE", "dbo", "customer"));
		assertThat(Statement.parse("insert into customer values (1)")).isEqualTo(new Statement("INSERT", "customer"));
		assertThat(Statement.parse("insert into ``.customer values (1)")).isEqualTo(new Statement("INSERT", "customer"));
	}

	@Test
	void readsQuotedNamesWithDoubledQuotesInside() {
		// Found by StatementFuzzTest: a doubled quote ended the name.
		assertThat(Statement.parse("insert into \"Sales \"\"EU\"\"\".\"Order \"\"Item\"\"\" values (1)"))
			.isEqualTo(new Statement("INSERT", "Sales \"EU\"", "Order \"Item\""));
		assertThat(Statement.parse("update `a``b` set x = 1")).isEqualTo(new Statement("UPDATE", "a`b"));
		assertThat(Statement.parse("delete from [dbo].[a]]b]")).isEqualTo(new Statement("DELETE", "dbo", "a]b"));
		assertThat(Statement.parse("insert into \"\"\"\" values (1)")).isEqualTo(new Statement("INSERT", "\""));
	}

	@Test
	void skipsCommentsModifiersAndDialectVerbs() {
		assertThat(Statement.parse("/* app */ -- trace\n insert ignore into t values (1)"))
			.isEqualTo(new Statement("INSERT", "t"));
		assertThat(Statement.parse("INSERT OR ROLLBACK INTO t VALUES (1)")).isEqualTo(new Statement("INSERT", "t"));
		assertThat(Statement.parse("replace into t values (1)")).isEqualTo(new Statement("INSERT", "t"));
		assertThat(Statement.parse("update only parent set id = 2")).isEqualTo(new Statement("UPDATE", "parent"));
	}

	@Test
	void updateNamesTheWholeTableEvenWithUnderscoresDigitsOrQuotes() {
		assertThat(Statement.parse("update order_items set qty = 1")).isEqualTo(new Statement("UPDATE", "order_items"));
		assertThat(Statement.parse("UPDATE LOW_PRIORITY IGNORE shop.t2 SET a = 1"))
			.isEqualTo(new Statement("UPDATE", "shop", "t2"));
		assertThat(Statement.parse("update `Kunde Übersicht` set x = null"))
			.isEqualTo(new Statement("UPDATE", "Kunde Übersicht"));
		assertThat(Statement.parse("update only \"Orders\" set x = 1")).isEqualTo(new Statement("UPDATE", "Orders"));
	}

	@Test
	void readsTheTableAfterOrReplaceAndWithoutIntoOrFrom() {
		assertThat(Statement.parse("INSERT OR REPLACE INTO book VALUES (2, 99)"))
			.isEqualTo(new Statement("INSERT", "book"));
		assertThat(Statement.parse("update or replace book set author_id = 9"))
			.isEqualTo(new Statement("UPDATE", "book"));
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
		assertThat(Statement.parse("with x as (select 1) insert into t select * from x")).isNull();
		assertThat(Statement.parse("insert into")).isNull();
		assertThat(Statement.parse("insert into \"unterminated")).isNull();
		assertThat(Statement.parse("insert into \"\" values (1)")).isNull();
		assertThat(Statement.parse("update `` set x = 1")).isNull();
		assertThat(Statement.parse("")).isNull();
		assertThat(Statement.parse(null)).isNull();
	}

}
