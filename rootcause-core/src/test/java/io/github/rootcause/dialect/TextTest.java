package io.github.rootcause.dialect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

	@Test
	void quotedUndoublesEscapedQuotes() {
		assertThat(Text.quoted("key 'it''s' here", 4, '\'')).isEqualTo("it's");
		assertThat(Text.quoted("`a``b`", 0, '`')).isEqualTo("a`b");
		assertThat(Text.quoted("[dbo]]x]", 0, '[', ']')).isEqualTo("dbo]x");
	}

	@Test
	void quotedGivesNullWhenNotAQuoteOrNeverClosed() {
		assertThat(Text.quoted("abc", 0, '\'')).isNull();
		assertThat(Text.quoted("'abc", 0, '\'')).isNull();
		assertThat(Text.quoted("'", 0, '\'')).isNull();
		assertThat(Text.quoted(null, 0, '\'')).isNull();
		assertThat(Text.quoted("x", 5, '\'')).isNull();
	}

	@Test
	void quotedAfterFindsTheNameAfterAMarker() {
		assertThat(Text.quotedAfter("violates unique constraint \"uq_email\"", "constraint ", '"'))
			.isEqualTo("uq_email");
		assertThat(Text.quotedAfter("no marker", "constraint ", '"')).isNull();
	}

	@Test
	void lastPartDropsSchemaButKeepsQuotedDots() {
		assertThat(Text.lastPart("public.customer", '"')).isEqualTo("customer");
		assertThat(Text.lastPart("\"my.schema\".\"Order.Item\"", '"')).isEqualTo("Order.Item");
		assertThat(Text.lastPart("customer", '"')).isEqualTo("customer");
		assertThat(Text.parts("\"SHOP\".\"CUSTOMER\".\"EMAIL\"", '"')).containsExactly("SHOP", "CUSTOMER", "EMAIL");
		assertThat(Text.lastPart(null, '"')).isNull();
	}

	@Test
	void columnsSplitsOutsideQuotesAndParentheses() {
		assertThat(Text.columns("a, \"b, c\", lower(d, e)", '"')).containsExactly("a", "b, c", "lower(d, e)");
		assertThat(Text.columns("", '"')).isEmpty();
	}

}
