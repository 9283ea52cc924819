package io.github.rootcause;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatementUpdateTest {

	@Test
	void updateNamesTheWholeTableEvenWithUnderscoresDigitsOrQuotes() {
		assertThat(Statement.parse("update order_items set qty = 1")).isEqualTo(new Statement("UPDATE", "order_items"));
		assertThat(Statement.parse("UPDATE LOW_PRIORITY IGNORE shop.t2 SET a = 1"))
			.isEqualTo(new Statement("UPDATE", "t2"));
		assertThat(Statement.parse("update `Kunde Übersicht` set x = null"))
			.isEqualTo(new Statement("UPDATE", "Kunde Übersicht"));
		assertThat(Statement.parse("update only \"Orders\" set x = 1")).isEqualTo(new Statement("UPDATE", "Orders"));
	}

}
