package io.github.rootcause.dialect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

	@Test
	void quotedUndoublesEscapedQuotes() {
		assertThat(Text.quoted("key 'it''s' here", 4, '\'')).isEqualTo("it's");
		assertThat(Text.quoted("`a``b`", 0, '`')).isEqualTo("a`b");
		assertThat(Text.quoted("\"\"\"\"", 0, '"')).isEqualTo("\"");
		assertThat(Text.afterQuoted("`a``b`.`c`", 0, '`')).isEqualTo(6);
	}

	@Test
	void quotedGivesNullWhenNotAQuoteOrNeverClosed() {
		assertThat(Text.quoted("abc", 0, '\'')).isNull();
		assertThat(Text.quoted("'abc", 0, '\'')).isNull();
		assertThat(Text.quoted("'a''", 0, '\'')).isNull();
		assertThat(Text.quoted("'", 0, '\'')).isNull();
		assertThat(Text.quoted(null, 0, '\'')).isNull();
		assertThat(Text.quoted("x", 5, '\'')).isNull();
		assertThat(Text.afterQuoted("'abc", 0, '\'')).isEqualTo(-1);
	}

	@Test
	void partsSplitOnDotsOutsideQuotes() {
		assertThat(Text.parts("public.customer", '"')).containsExactly("public", "customer");
		assertThat(Text.parts("\"my.schema\".\"Order.Item\"", '"')).containsExactly("my.schema", "Order.Item");
		assertThat(Text.parts("\"SHOP\".\"CUSTOMER\".\"EMAIL\"", '"')).containsExactly("SHOP", "CUSTOMER", "EMAIL");
		assertThat(Text.parts("\"A\"\"B\".\"unclosed", '"')).containsExactly("A\"B", "unclosed");
		assertThat(Text.parts(null, '"')).isEmpty();
	}

	@Test
	void aScannerOverPartOfATextReadsItAsIfTheTextEndedThere() {
		String message = "x \"PUBLIC.T\" ON PUBLIC.T(A) \"\" (B, C) with `q` after";
		NameScanner scanner = new NameScanner(message, 0, 8);
		assertThat(scanner.skip("x ")).isTrue();
		assertThat(scanner.identifier()).isNull();
		NameScanner name = new NameScanner(message, 3, 11);
		assertThat(name.qualifiedName()).containsExactly("PUBLIC", "T");
		assertThat(name.skip("\" ON")).isFalse();
		NameScanner table = new NameScanner(message, 16, 24);
		assertThat(table.qualifiedName()).containsExactly("PUBLIC", "T");
		assertThat(table.columnList()).isNull();
		NameScanner words = new NameScanner(message, 30, 38);
		assertThat(words.nameBefore(" with")).isEqualTo(" (B, C) ");
		assertThat(Text.afterQuoted(message, 2, '"', 11)).isEqualTo(-1);
		assertThat(Text.afterQuoted(message, 2, '"', 12)).isEqualTo(12);
	}

}
