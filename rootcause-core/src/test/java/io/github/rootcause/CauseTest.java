package io.github.rootcause;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CauseTest {

	private final Cause unique = Cause.of(Kind.UNIQUE)
		.withConstraint("uq_order_item")
		.withTable("order_item")
		.withColumns(List.of("ORDER_ID", "product_id"))
		.withFields(List.of("order", "product"));

	@Test
	void isUniqueMatchesAllColumnsInAnyOrderIgnoringCase() {
		assertThat(this.unique.isUnique("product_id", "order_id")).isTrue();
		assertThat(this.unique.isUnique("order_id")).isFalse();
		assertThat(this.unique.isUnique("order_id", "product_id", "quantity")).isFalse();
	}

	@Test
	void isUniqueMatchesFieldsAsWellAsColumns() {
		assertThat(this.unique.isUnique("Product", "order")).isTrue();
		assertThat(this.unique.isUnique("order", "product_id")).isFalse();
	}

	@Test
	void isUniqueWithoutArgumentsMatchesTheKindOnly() {
		assertThat(this.unique.isUnique()).isTrue();
		assertThat(Cause.of(Kind.CHECK).isUnique()).isFalse();
	}

	@Test
	void namePredicatesCompareIgnoringCaseAndCheckTheKind() {
		assertThat(this.unique.isUniqueConstraint("UQ_ORDER_ITEM")).isTrue();
		assertThat(this.unique.isCheck("uq_order_item")).isFalse();
		assertThat(Cause.of(Kind.CHECK).withConstraint("ck_price").isCheck("CK_PRICE")).isTrue();
		assertThat(Cause.of(Kind.CHECK).isCheck("ck_price")).isFalse();
		assertThat(Cause.of(Kind.EXCLUSION).withConstraint("no_overlap").isExclusion("no_overlap")).isTrue();
	}

	@Test
	void isNotNullMatchesColumnOrField() {
		Cause cause = Cause.of(Kind.NOT_NULL).withColumns(List.of("created_at")).withFields(List.of("createdAt"));
		assertThat(cause.isNotNull("CREATED_AT")).isTrue();
		assertThat(cause.isNotNull("createdAt")).isTrue();
		assertThat(cause.isNotNull("updatedAt")).isFalse();
		assertThat(this.unique.isNotNull("order_id")).isFalse();
	}

	@Test
	void foreignKeyTellsWhichSideFailed() {
		Cause missing = Cause.of(Kind.FOREIGN_KEY)
			.withColumns(List.of("customer_id"))
			.withReference(Reference.MISSING);
		assertThat(missing.isForeignKey("customer_id")).isTrue();
		assertThat(missing.isMissingReference()).isTrue();
		assertThat(missing.isStillReferenced()).isFalse();
		assertThat(missing.withReference(Reference.STILL_REFERENCED).isStillReferenced()).isTrue();
	}

	@Test
	void referenceIsOnlyKeptForForeignKeys() {
		assertThat(Cause.of(Kind.UNIQUE).withReference(Reference.MISSING).reference()).isEmpty();
	}

	@Test
	void blankNamesAndNullColumnsAreDropped() {
		Cause cause = Cause.of(Kind.UNIQUE)
			.withConstraint(" ")
			.withTable("")
			.withColumns(Arrays.asList("a", null, " "));
		assertThat(cause.constraint()).isEmpty();
		assertThat(cause.table()).isEmpty();
		assertThat(cause.columns()).containsExactly("a");
	}

	@Test
	void equalCausesAreEqualAndDescribeThemselvesWithoutValues() {
		Cause again = Cause.of(Kind.UNIQUE)
			.withConstraint("uq_order_item")
			.withTable("order_item")
			.withColumns(List.of("ORDER_ID", "product_id"))
			.withFields(List.of("order", "product"));
		assertThat(again).isEqualTo(this.unique).hasSameHashCodeAs(this.unique);
		assertThat(this.unique).hasToString("Cause[UNIQUE constraint=uq_order_item table=order_item "
				+ "columns=[ORDER_ID, product_id] fields=[order, product]]");
	}

	@Test
	void builderMakesTheSameCauseAsTheCopies() {
		Cause built = Cause.builder(Kind.FOREIGN_KEY)
			.constraint("fk_child_parent")
			.schema("app")
			.table("child")
			.columns(List.of("parent_id"))
			.reference(Reference.MISSING)
			.database(Database.POSTGRESQL)
			.build();
		assertThat(built).isEqualTo(Cause.of(Kind.FOREIGN_KEY)
			.withConstraint("fk_child_parent")
			.withSchema("app")
			.withTable("child")
			.withColumns(List.of("parent_id"))
			.withReference(Reference.MISSING)
			.withDatabase(Database.POSTGRESQL));
	}

	@Test
	void builderTreatsBlankNamesAsUnknownAndKeepsAReferenceOnlyForAForeignKey() {
		Cause built = Cause.builder(Kind.UNIQUE)
			.constraint(" ")
			.table("")
			.columns(Arrays.asList("email", null, " "))
			.reference(Reference.MISSING)
			.build();
		assertThat(built).isEqualTo(Cause.of(Kind.UNIQUE).withColumns(List.of("email")));
		assertThat(built.constraint()).isEmpty();
		assertThat(built.reference()).isEmpty();
	}

}
