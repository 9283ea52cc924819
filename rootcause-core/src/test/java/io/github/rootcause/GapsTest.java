package io.github.rootcause;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.Constraint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GapsTest {

	private static final Catalog shop = Catalog.of(Database.MARIADB, "shop", List.of(
			new Constraint("shop", "customer", "PRIMARY", Kind.UNIQUE, List.of("id"), null),
			new Constraint("shop", "customer", "uq_customer_email", Kind.UNIQUE, List.of("email"), null),
			new Constraint("shop", "orders", "PRIMARY", Kind.UNIQUE, List.of("id"), null),
			new Constraint("shop", "orders", "fk_orders_customer", Kind.FOREIGN_KEY, List.of("customer_id"),
					"customer"),
			new Constraint("shop", "orders", "ck_orders_total", Kind.CHECK, List.of("total"), null),
			new Constraint("archive", "customer", "uq_customer_email", Kind.UNIQUE, List.of("email"), null)));

	@Test
	void uniqueIndexNameGainsItsTableAndColumnsPreferringTheDefaultSchema() {
		Cause cause = fill(Cause.of(Kind.UNIQUE).withConstraint("uq_customer_email"), null);
		assertThat(cause).isEqualTo(Cause.of(Kind.UNIQUE)
			.withConstraint("uq_customer_email")
			.withSchema("shop")
			.withTable("customer")
			.withColumns(List.of("email")));
	}

	@Test
	void reportedSchemaWinsOverTheDefault() {
		Cause cause = fill(Cause.of(Kind.UNIQUE).withConstraint("uq_customer_email").withSchema("archive"), null);
		assertThat(cause.schema()).contains("archive");
		assertThat(cause.columns()).containsExactly("email");
	}

	@Test
	void primaryKeyOnManyTablesIsOnlyResolvedWithTheStatement() {
		Cause primary = Cause.of(Kind.UNIQUE).withConstraint("PRIMARY");
		assertThat(fill(primary, null).table()).isEmpty();
		Cause resolved = fill(primary, "insert into orders (id) values (1)");
		assertThat(resolved.table()).contains("orders");
		assertThat(resolved.columns()).containsExactly("id");
	}

	@Test
	void partitionsCopyOfAConstraintIsAnsweredAsTheConstraintAndTableDeclaredOnThePartitionedTable() {
		Constraint declared = new Constraint("app", "account", "uq_account_email", Kind.UNIQUE,
				List.of("email", "opened"), null);
		Catalog partitioned = Catalog.of(Database.POSTGRESQL, "app", List.of(declared,
				new Constraint("app", "account_2024", "account_2024_email_opened_key", Kind.UNIQUE,
						List.of("email", "opened"), null, null, declared)));
		Cause reported = Cause.of(Kind.UNIQUE).withConstraint("account_2024_email_opened_key").withSchema("app")
			.withTable("account_2024").withColumns(List.of("email", "opened")).withDatabase(Database.POSTGRESQL);
		assertThat(Gaps.fill(reported, partitioned, null, EntityModel.none())).isEqualTo(reported
			.withConstraint("uq_account_email").withTable("account"));
	}

	@Test
	void deleteThatNamesNoKeyIsAnsweredWithTheOneKeyBelowItsCascadesThatDoesNotCascade() {
		Catalog cascades = Catalog.of(Database.SQLITE, "main", List.of(
				new Constraint("main", "store", "fk_store_region", Kind.FOREIGN_KEY, List.of("region_id"), "region",
						"CASCADE", null),
				new Constraint("main", "stock", "fk_stock_store", Kind.FOREIGN_KEY, List.of("store_id"), "store",
						"SET NULL", null),
				new Constraint("main", "sale", "fk_sale_store", Kind.FOREIGN_KEY, List.of("store_id"), "store",
						"NO ACTION", null)));
		Cause read = Cause.of(Kind.FOREIGN_KEY).withDatabase(Database.SQLITE);
		Cause resolved = Gaps.fill(read, cascades, Statement.parse("delete from region where id = 1"),
				EntityModel.none());
		assertThat(resolved).isEqualTo(read.withConstraint("fk_sale_store").withSchema("main").withTable("sale")
			.withColumns(List.of("store_id")).withReference(Reference.STILL_REFERENCED));
		Catalog unknownRules = Catalog.of(Database.SQLITE, "main", List.of(
				new Constraint("main", "store", "fk_store_region", Kind.FOREIGN_KEY, List.of("region_id"), "region"),
				new Constraint("main", "sale", "fk_sale_store", Kind.FOREIGN_KEY, List.of("store_id"), "store")));
		assertThat(Gaps.fill(read, unknownRules, Statement.parse("delete from region where id = 1"),
				EntityModel.none()).constraint()).contains("fk_store_region");
	}

	@Test
	void keyNamedOnAnotherTableThanTheStatementsIsAnsweredOnItsOwnTable() {
		Cause read = Cause.of(Kind.UNIQUE).withConstraint("uq_customer_email").withDatabase(Database.MARIADB);
		Cause resolved = fill(read, "insert into customer_view values (1, 'a@example.com')");
		assertThat(resolved).isEqualTo(read.withSchema("shop").withTable("customer").withColumns(List.of("email")));
	}

	@Test
	void indexNamedInTwoOtherSchemasIsPickedOnlyByTheSchemaTheStatementQualifiesItsTableWith() {
		Catalog twoBillings = Catalog.of(Database.MARIADB, "shop", List.of(
				new Constraint("billing", "invoice", "uq_invoice_number", Kind.UNIQUE, List.of("number"), null),
				new Constraint("billing_copy", "invoice", "uq_invoice_number", Kind.UNIQUE, List.of("number"), null)));
		Cause read = Cause.of(Kind.UNIQUE).withConstraint("uq_invoice_number");
		assertThat(Gaps.fill(read, twoBillings, null, EntityModel.none())).isEqualTo(read);
		Statement insert = Statement.parse("insert into `BILLING`.invoice values (2, 'F-1')");
		assertThat(Gaps.fill(read, twoBillings, insert, EntityModel.none()))
			.isEqualTo(read.withSchema("billing").withTable("invoice").withColumns(List.of("number")));
	}

	@Test
	void foreignKeyWhoseSideTheStatementCannotTellKeepsNeitherTableNorSchemaOfTheStatement() {
		Catalog twoParents = Catalog.of(Database.SQLITE, "main", List.of(
				new Constraint("main", "book", "fk_book_author", Kind.FOREIGN_KEY, List.of("author_id"), "author"),
				new Constraint("main", "essay", "fk_essay_author", Kind.FOREIGN_KEY, List.of("author_id"), "author")));
		Cause resolved = Gaps.fill(Cause.of(Kind.FOREIGN_KEY), twoParents,
				Statement.parse("delete from main.author where id = 1"), EntityModel.none());
		assertThat(resolved).isEqualTo(Cause.of(Kind.FOREIGN_KEY).withReference(Reference.STILL_REFERENCED));
	}

	/**
	 * MySQL 8's {@code a.b.uq} may be the key {@code uq} of the table {@code a.b}, the key {@code b.uq} of the
	 * table {@code a}, or MariaDB's key {@code a.b.uq}: the dialect splits at the first dot and the catalog picks.
	 */
	@Test
	void dottedMariaDbOrMySqlKeyIsReadTheOneWayTheCatalogKnows() {
		Catalog dotted = Catalog.of(Database.MYSQL, "shop", List.of(
				new Constraint("shop", "a.b", "uq", Kind.UNIQUE, List.of("x"), null),
				new Constraint("shop", "member", "uq.member.nick", Kind.UNIQUE, List.of("nick"), null),
				new Constraint("shop", "a", "b.c", Kind.UNIQUE, List.of("y"), null),
				new Constraint("shop", "a.b", "c", Kind.UNIQUE, List.of("z"), null)));
		Cause split = Cause.of(Kind.UNIQUE).withDatabase(Database.MYSQL);
		assertThat(Gaps.fill(split.withTable("a").withConstraint("b.uq"), dotted, null, EntityModel.none()))
			.isEqualTo(split.withConstraint("uq").withSchema("shop").withTable("a.b").withColumns(List.of("x")));
		assertThat(Gaps.fill(split.withTable("uq").withConstraint("member.nick"), dotted, null, EntityModel.none()))
			.isEqualTo(split.withConstraint("uq.member.nick").withSchema("shop").withTable("member")
				.withColumns(List.of("nick")));
		assertThat(Gaps.fill(split.withTable("a").withConstraint("b.c"), dotted, null, EntityModel.none()))
			.as("the reading as read, when the catalog knows it, wins").isEqualTo(split.withConstraint("b.c")
				.withSchema("shop").withTable("a").withColumns(List.of("y")));
		Cause unknown = split.withTable("x").withConstraint("y.z");
		assertThat(Gaps.fill(unknown, dotted, null, EntityModel.none())).isEqualTo(unknown);
		Cause elsewhere = Cause.of(Kind.UNIQUE).withDatabase(Database.H2).withTable("uq").withConstraint("member.nick");
		assertThat(Gaps.fill(elsewhere, dotted, null, EntityModel.none())).as("only MariaDB and MySQL write table.key")
			.isEqualTo(elsewhere);
	}

	@Test
	void uniqueColumnsGainTheIndexName() {
		Cause cause = fill(Cause.of(Kind.UNIQUE).withTable("customer").withColumns(List.of("EMAIL")), null);
		assertThat(cause.constraint()).contains("uq_customer_email");
	}

	@Test
	void uniqueWithoutNameOrColumnsIsResolvedOnlyWhenTheTableHasOneUniqueKey() {
		Catalog single = Catalog.of(Database.DB2, "SHOP", List.of(
				new Constraint("SHOP", "TAG", "SQL0001", Kind.UNIQUE, List.of("ID"), null),
				new Constraint("SHOP", "TAG", "SQL0001_IDX", Kind.UNIQUE, List.of("ID"), null)));
		Cause tag = Gaps.fill(Cause.of(Kind.UNIQUE).withTable("TAG"), single, null, EntityModel.none());
		assertThat(tag.constraint()).contains("SQL0001");
		assertThat(tag.columns()).containsExactly("ID");
		assertThat(fill(Cause.of(Kind.UNIQUE).withTable("customer"), null).constraint()).isEmpty();
	}

	@Test
	void checkNameGainsItsTableAndColumns() {
		Cause cause = fill(Cause.of(Kind.CHECK).withConstraint("CK_ORDERS_TOTAL"), null);
		assertThat(cause.table()).contains("orders");
		assertThat(cause.columns()).containsExactly("total");
	}

	@Test
	void silentForeignKeyIsResolvedFromADeleteOfTheParent() {
		Cause cause = fill(Cause.of(Kind.FOREIGN_KEY), "delete from customer where id = ?");
		assertThat(cause).isEqualTo(Cause.of(Kind.FOREIGN_KEY)
			.withConstraint("fk_orders_customer")
			.withSchema("shop")
			.withTable("orders")
			.withColumns(List.of("customer_id"))
			.withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void silentForeignKeyIsResolvedFromAnInsertOfTheChild() {
		Cause cause = fill(Cause.of(Kind.FOREIGN_KEY), "insert into orders (customer_id) values (?)");
		assertThat(cause.constraint()).contains("fk_orders_customer");
		assertThat(cause.reference()).contains(Reference.MISSING);
	}

	@Test
	void foreignKeyReportedOnTheParentTableIsStillReferencedAndNamesTheChild() {
		Cause cause = fill(Cause.of(Kind.FOREIGN_KEY).withConstraint("fk_orders_customer").withTable("customer"),
				null);
		assertThat(cause.reference()).contains(Reference.STILL_REFERENCED);
		assertThat(cause.table()).contains("orders");
	}

	@Test
	void foreignKeyReportedOnTheChildTableIsMissing() {
		Cause cause = fill(Cause.of(Kind.FOREIGN_KEY).withConstraint("fk_orders_customer").withTable("orders"),
				null);
		assertThat(cause.reference()).contains(Reference.MISSING);
	}

	@Test
	void unknownNamesLeaveTheCauseAsReported() {
		Cause cause = Cause.of(Kind.UNIQUE).withConstraint("nowhere");
		assertThat(fill(cause, null)).isEqualTo(cause);
		assertThat(fill(Cause.of(Kind.NOT_NULL), "select 1")).isEqualTo(Cause.of(Kind.NOT_NULL));
	}

	@Test
	void modelAddsTheEntityAndItsFields() {
		EntityModel model = new EntityModel() {

			@Override
			public Optional<String> entity(String table) {
				return table.equals("customer") ? Optional.of("Customer") : Optional.empty();
			}

			@Override
			public Optional<String> field(String table, String column) {
				return Optional.ofNullable(Map.of("email", "emailAddress").get(column));
			}

		};
		Cause cause = Gaps.fill(Cause.of(Kind.UNIQUE).withConstraint("uq_customer_email"), shop, null, model);
		assertThat(cause.entity()).contains("Customer");
		assertThat(cause.fields()).containsExactly("emailAddress");
		assertThat(cause.isUnique("emailAddress")).isTrue();
	}

	@Test
	void modelThatMapsOnlySomeColumnsAddsNoFields() {
		EntityModel model = new EntityModel() {

			@Override
			public Optional<String> entity(String table) {
				return Optional.empty();
			}

			@Override
			public Optional<String> field(String table, String column) {
				return column.equals("a") ? Optional.of("a") : Optional.empty();
			}

		};
		Cause cause = Cause.of(Kind.UNIQUE).withTable("t").withColumns(List.of("a", "b"));
		assertThat(Gaps.fill(cause, Catalog.empty(), null, model).fields()).isEmpty();
	}

	private static Cause fill(Cause cause, String sql) {
		return Gaps.fill(cause, shop, Statement.parse(sql), EntityModel.none());
	}

}
