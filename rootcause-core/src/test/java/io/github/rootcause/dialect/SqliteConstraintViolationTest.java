package io.github.rootcause.dialect;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario matrix on a live SQLite (xerial sqlite-jdbc, foreign keys on): what {@link RootCause#of(Throwable)}
 * reads from each violation and what the resolver adds from the catalog and the failed statement.
 */
class SqliteConstraintViolationTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.SQLITE);

	@Test
	void uniqueViolationOnSqliteNamesTheColumnsAndResolveAddsTheDeclaredConstraintName() throws SQLException {
		db.execute("create table customer (id integer primary key, email text constraint uq_customer_email unique)",
				"insert into customer values (1, 'a@example.com')");
		SQLException ex = db.violation("insert into customer values (2, 'a@example.com')");
		Cause read = sqlite(Kind.UNIQUE).withTable("customer").withColumns(List.of("email"));
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withConstraint("uq_customer_email").withSchema("main"));
	}

	@Test
	void compositeUnnamedUniqueViolationOnSqliteResolvesTheAutomaticIndex() throws SQLException {
		db.execute("create table seat (id integer primary key, row_no int, seat_no int, unique (row_no, seat_no))",
				"insert into seat values (1, 1, 1)");
		SQLException ex = db.violation("insert into seat values (2, 1, 1)");
		Cause read = sqlite(Kind.UNIQUE).withTable("seat").withColumns(List.of("row_no", "seat_no"));
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withConstraint(indexName("seat", "u")).withSchema("main"));
	}

	@Test
	void unnamedUniqueViolationOnSqliteResolvesTheAutomaticIndex() throws SQLException {
		db.execute("create table tag (id integer primary key, label text unique)", "insert into tag values (1, 'x')");
		SQLException ex = db.violation("insert into tag values (2, 'x')");
		Cause read = sqlite(Kind.UNIQUE).withTable("tag").withColumns(List.of("label"));
		assertThat(RootCause.of(ex)).contains(read);
		String index = indexName("tag", "u");
		assertThat(index).startsWith("sqlite_autoindex_tag_");
		assertThat(resolve(ex)).contains(read.withConstraint(index).withSchema("main"));
	}

	@Test
	void expressionIndexViolationOnSqliteNamesTheIndexAndResolveAddsTableAndColumns() throws SQLException {
		db.execute("create table person (id integer primary key, name text)",
				"create unique index ix_person_lower_name on person (lower(name))",
				"insert into person values (1, 'Ada')");
		SQLException ex = db.violation("insert into person values (2, 'ADA')");
		Cause read = sqlite(Kind.UNIQUE).withConstraint("ix_person_lower_name");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withSchema("main").withTable("person").withColumns(List.of("name")));
	}

	@Test
	void partialIndexViolationOnSqliteNamesTheColumnsAndResolveAddsTheIndex() throws SQLException {
		db.execute("create table login (id integer primary key, email text, active int)",
				"create unique index ix_login_active_email on login (email) where active = 1",
				"insert into login values (1, 'a', 1)", "insert into login values (2, 'a', 0)");
		SQLException ex = db.violation("insert into login values (3, 'a', 1)");
		Cause read = sqlite(Kind.UNIQUE).withTable("login").withColumns(List.of("email"));
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withConstraint("ix_login_active_email").withSchema("main"));
	}

	@Test
	void primaryKeyViolationOnSqliteIsUniqueAndResolvesTheDeclaredNameWhereThereIsOne() throws SQLException {
		db.execute("create table invoice (id integer primary key)",
				"create table line (order_id int, line_no int, constraint pk_line primary key (order_id, line_no))",
				"create table code (value text primary key)", "insert into invoice values (1)",
				"insert into line values (1, 1)", "insert into code values ('a')");
		SQLException rowid = db.violation("insert into invoice values (1)");
		Cause invoice = sqlite(Kind.UNIQUE).withTable("invoice").withColumns(List.of("id"));
		assertThat(RootCause.of(rowid)).contains(invoice);
		// An INTEGER PRIMARY KEY is the rowid: no index, no name; nothing to go on.
		assertThat(resolve(rowid)).contains(invoice.withSchema("main"));

		SQLException named = db.violation("insert into line values (1, 1)");
		Cause line = sqlite(Kind.UNIQUE).withTable("line").withColumns(List.of("order_id", "line_no"));
		assertThat(RootCause.of(named)).contains(line);
		assertThat(resolve(named)).contains(line.withConstraint("pk_line").withSchema("main"));

		SQLException indexed = db.violation("insert into code values ('a')");
		Cause code = sqlite(Kind.UNIQUE).withTable("code").withColumns(List.of("value"));
		assertThat(RootCause.of(indexed)).contains(code);
		assertThat(resolve(indexed)).contains(code.withConstraint(indexName("code", "pk")).withSchema("main"));
	}

	@Test
	void notNullViolationOnSqliteNamesTableAndColumnOnInsertUpdateAndOmittedColumn() throws SQLException {
		db.execute("create table member (id integer primary key, nick text not null)",
				"insert into member values (1, 'n')");
		for (String sql : List.of("insert into member values (2, null)", "update member set nick = null",
				"insert into member (id) values (3)")) {
			SQLException ex = db.violation(sql);
			Cause read = sqlite(Kind.NOT_NULL).withTable("member").withColumns(List.of("nick"));
			assertThat(RootCause.of(ex)).as(sql).contains(read);
			assertThat(resolve(ex)).as(sql).contains(read);
		}
	}

	@Test
	void namedCheckViolationOnSqliteNamesTheConstraintAndResolveAddsTableAndColumn() throws SQLException {
		db.execute("create table price (id integer primary key, amount int constraint ck_price_amount check (amount > 0))");
		SQLException ex = db.violation("insert into price values (1, -5)");
		Cause read = sqlite(Kind.CHECK).withConstraint("ck_price_amount");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withSchema("main").withTable("price").withColumns(List.of("amount")));
	}

	@Test
	void unnamedCheckViolationOnSqliteIsKnownByItsExpressionAndResolveAddsTheColumnsItReads() throws SQLException {
		db.execute("create table stock (id integer primary key, quantity int, reserved int, "
				+ "check ( reserved <= quantity ))");
		SQLException ex = db.violation("insert into stock values (1, 1, 5)");
		Cause read = sqlite(Kind.CHECK).withConstraint("reserved <= quantity");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(
				read.withSchema("main").withTable("stock").withColumns(List.of("reserved", "quantity")));
	}

	@Test
	void foreignKeyViolationOnSqliteGivesTheKindAndResolveTakesTableAndSideFromTheStatement() throws SQLException {
		db.execute("create table author (id integer primary key)",
				"create table book (id integer primary key, author_id int references author (id))",
				"insert into author values (1)", "insert into book values (1, 1)");
		Cause resolved = sqlite(Kind.FOREIGN_KEY).withSchema("main").withTable("book")
			.withColumns(List.of("author_id"));
		String insert = "insert into book values (2, 99)";
		String updateChild = "update book set author_id = 99 where id = 1";
		String delete = "delete from author where id = 1";
		String updateParent = "update author set id = 2 where id = 1";
		String insertOrReplace = "insert or replace into book values (2, 99)";
		for (String sql : List.of(insert, updateChild, delete, updateParent, insertOrReplace)) {
			SQLException ex = db.violation(sql);
			assertThat(RootCause.of(ex)).as(sql).contains(sqlite(Kind.FOREIGN_KEY));
			assertThat(resolve(ex)).as(sql).contains(sqlite(Kind.FOREIGN_KEY));
			Reference side = (sql.startsWith("delete") || sql.equals(updateParent)) ? Reference.STILL_REFERENCED
					: Reference.MISSING;
			assertThat(resolve(ex, sql)).as(sql).contains(resolved.withReference(side));
		}
	}

	@Test
	void namedForeignKeyViolationOnSqliteResolvesTheDeclaredName() throws SQLException {
		db.execute("create table warehouse (id integer primary key)",
				"create table shelf (id integer primary key, warehouse_id int, "
						+ "constraint fk_shelf_warehouse foreign key (warehouse_id) references warehouse (id))");
		String sql = "insert into shelf values (1, 7)";
		SQLException ex = db.violation(sql);
		assertThat(RootCause.of(ex)).contains(sqlite(Kind.FOREIGN_KEY));
		assertThat(resolve(ex, sql)).contains(sqlite(Kind.FOREIGN_KEY).withConstraint("fk_shelf_warehouse")
			.withSchema("main").withTable("shelf").withColumns(List.of("warehouse_id")).withReference(Reference.MISSING));
	}

	@Test
	void foreignKeyViolationOnSqliteWithTwoCandidateKeysResolvesOnlyTableAndSideUnlessAnUpdateAssignsOne()
			throws SQLException {
		db.execute("create table depot (id integer primary key)", "create table carrier (id integer primary key)",
				"create table shipment (id integer primary key, depot_id int references depot (id), "
						+ "carrier_id int references carrier (id))",
				"insert into depot values (1)", "insert into carrier values (1)", "insert into shipment values (1, 1, 1)");
		// SQLite does not say which of the two keys failed, and rootcause does not guess: an insert sets both.
		String insert = "insert into shipment values (2, 7, 7)";
		assertThat(resolve(db.violation(insert), insert))
			.contains(sqlite(Kind.FOREIGN_KEY).withTable("shipment").withReference(Reference.MISSING));
		// An update that assigns the columns of one of them can only have failed on that one.
		String update = "update shipment set depot_id = 7";
		assertThat(resolve(db.violation(update), update)).contains(sqlite(Kind.FOREIGN_KEY).withSchema("main")
			.withTable("shipment").withColumns(List.of("depot_id")).withReference(Reference.MISSING));
	}

	/**
	 * A table that references another and is referenced in turn: an {@code UPDATE} of it might fail on either
	 * side, and SQLite does not say. The columns it assigns do: the child's own foreign key, not its key.
	 */
	@Test
	void updatingAChildThatIsAlsoAParentToAMissingParentOnSqliteResolvesTheChildsForeignKey() throws SQLException {
		db.execute("create table series (id integer primary key)",
				"create table volume (id integer primary key, series_id int "
						+ "constraint fk_volume_series references series (id))",
				"create table issue (id integer primary key, volume_id int references volume (id))",
				"insert into series values (1)", "insert into volume values (1, 1)", "insert into issue values (1, 1)");
		Cause child = sqlite(Kind.FOREIGN_KEY).withConstraint("fk_volume_series").withSchema("main")
			.withTable("volume").withColumns(List.of("series_id")).withReference(Reference.MISSING);
		String insert = "insert into volume values (2, 9)";
		String update = "update volume set series_id = 9 where id = 1";
		for (String sql : List.of(insert, update)) {
			SQLException ex = db.violation(sql);
			assertThat(RootCause.of(ex)).as(sql).contains(sqlite(Kind.FOREIGN_KEY));
			assertThat(resolve(ex, sql)).as(sql).contains(child);
		}
		String updateKey = "update volume set id = 5 where id = 1";
		assertThat(resolve(db.violation(updateKey), updateKey)).contains(sqlite(Kind.FOREIGN_KEY).withSchema("main")
			.withTable("issue").withColumns(List.of("volume_id")).withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void updatingASelfReferenceToAMissingRowOnSqliteIsAMissingReference() throws SQLException {
		db.execute("create table staff (id integer primary key, manager_id int references staff (id))",
				"insert into staff values (1, null), (2, 1)");
		Cause manager = sqlite(Kind.FOREIGN_KEY).withSchema("main").withTable("staff")
			.withColumns(List.of("manager_id"));
		String update = "update staff set manager_id = 9 where id = 2";
		assertThat(resolve(db.violation(update), update)).contains(manager.withReference(Reference.MISSING));
		String updateKey = "update staff set id = 7 where id = 1";
		assertThat(resolve(db.violation(updateKey), updateKey))
			.contains(manager.withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void deletingAParentThatTwoTablesReferenceOnSqliteGivesTheSideButNotTheParentAsTheTable() throws SQLException {
		db.execute("create table region (id integer primary key)",
				"create table store (id integer primary key, region_id int references region (id))",
				"create table kiosk (id integer primary key, region_id int references region (id))",
				"insert into region values (1)", "insert into store values (1, 1)", "insert into kiosk values (1, 1)");
		String sql = "delete from region where id = 1";
		SQLException ex = db.violation(sql);
		// Either child may hold the row, and SQLite does not say which; region is the parent, never the answer.
		assertThat(resolve(ex, sql)).contains(sqlite(Kind.FOREIGN_KEY).withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void batchWithOneDuplicateOnSqliteNamesTheColumns() throws SQLException {
		db.execute("create table ticket (id integer primary key, code text constraint uq_ticket_code unique)",
				"insert into ticket values (1, 'A')");
		SQLException ex = db.violation((connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.addBatch("insert into ticket values (2, 'B')");
				statement.addBatch("insert into ticket values (3, 'A')");
				statement.addBatch("insert into ticket values (4, 'C')");
				statement.executeBatch();
			}
		});
		assertThat((Throwable) ex).isInstanceOf(BatchUpdateException.class);
		Cause read = sqlite(Kind.UNIQUE).withTable("ticket").withColumns(List.of("code"));
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withConstraint("uq_ticket_code").withSchema("main"));

		SQLException prepared = db.violation((connection) -> {
			try (PreparedStatement insert = connection.prepareStatement("insert into ticket values (?, ?)")) {
				for (int id = 5; id <= 7; id++) {
					insert.setInt(1, id);
					insert.setString(2, (id == 6) ? "A" : "P" + id);
					insert.addBatch();
				}
				insert.executeBatch();
			}
		});
		assertThat(RootCause.of(prepared)).contains(read);
	}

	@Test
	void multiRowInsertOnSqliteNamesTheColumns() throws SQLException {
		db.execute("create table badge (id integer primary key, holder text constraint uq_badge_holder unique)");
		SQLException ex = db.violation("insert into badge values (1, 'x'), (2, 'y'), (3, 'x')");
		Cause read = sqlite(Kind.UNIQUE).withTable("badge").withColumns(List.of("holder"));
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex)).contains(read.withConstraint("uq_badge_holder").withSchema("main"));
	}

	@Test
	void uniqueViolationInAnAttachedDatabaseOnSqliteResolvesThatSchema() throws SQLException {
		String schema = db.createSchema("other");
		db.execute("create table " + schema + ".ledger (id integer primary key, iban text "
				+ "constraint uq_ledger_iban unique)", "insert into " + schema + ".ledger values (1, 'DE1')");
		SQLException ex = db.violation("insert into " + schema + ".ledger values (2, 'DE1')");
		Cause read = sqlite(Kind.UNIQUE).withTable("ledger").withColumns(List.of("iban"));
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolve(ex))
			.contains(read.withConstraint("uq_ledger_iban").withSchema(schema));
	}

	@Test
	void quotedIdentifiersOnSqliteKeepSpacesCommasCaseQuotesAndNonAsciiLetters() throws SQLException {
		db.execute("create table \"Kunde Ä\" (\"Id\" integer primary key, \"E-Mail, Adresse\" text "
				+ "constraint \"Uq \"\"Mail\"\"\" unique, \"Straße\" text not null, "
				+ "\"Alter\" int constraint \"Ck Älter\" check (\"Alter\" > 0))",
				"insert into \"Kunde Ä\" values (1, 'a', 's', 1)");
		SQLException unique = db.violation("insert into \"Kunde Ä\" values (2, 'a', 's', 1)");
		Cause read = sqlite(Kind.UNIQUE).withTable("Kunde Ä").withColumns(List.of("E-Mail, Adresse"));
		assertThat(RootCause.of(unique)).contains(read);
		assertThat(resolve(unique)).contains(read.withConstraint("Uq \"Mail\"").withSchema("main"));

		SQLException notNull = db.violation("insert into \"Kunde Ä\" values (3, 'b', null, 1)");
		assertThat(RootCause.of(notNull))
			.contains(sqlite(Kind.NOT_NULL).withTable("Kunde Ä").withColumns(List.of("Straße")));

		SQLException check = db.violation("insert into \"Kunde Ä\" values (4, 'c', 's', 0)");
		Cause checked = sqlite(Kind.CHECK).withConstraint("Ck Älter");
		assertThat(RootCause.of(check)).contains(checked);
		assertThat(resolve(check))
			.contains(checked.withSchema("main").withTable("Kunde Ä").withColumns(List.of("Alter")));
	}

	@Test
	void errorsThatAreNotConstraintViolationsOnSqliteGiveNothing() throws SQLException {
		db.execute("create table note (id integer primary key, n integer) strict", "insert into note values (1, 1)",
				"create table audit (id integer primary key)",
				"create trigger no_audit before insert on audit begin select raise(abort, 'read only'); end");
		List<SQLException> errors = List.of(db.violation("selec 1"), busy(),
				db.violation("insert into audit values (1)"), db.violation("insert into note values (2, 'text')"));
		assertThat(errors).extracting(SQLException::getMessage)
			.allSatisfy((message) -> assertThat(message).startsWith("[SQLITE_"))
			.map((message) -> message.substring(0, message.indexOf(']') + 1))
			.containsExactly("[SQLITE_ERROR]", "[SQLITE_BUSY]", "[SQLITE_CONSTRAINT_TRIGGER]",
					"[SQLITE_CONSTRAINT_DATATYPE]");
		for (SQLException ex : errors) {
			assertThat(RootCause.of(ex)).as(ex.getMessage()).isEmpty();
			assertThat(resolve(ex)).as(ex.getMessage()).isEmpty();
		}
	}

	private static SQLException busy() throws SQLException {
		try (Connection holder = db.dataSource().getConnection(); Statement statement = holder.createStatement()) {
			holder.setAutoCommit(false);
			statement.execute("insert into note values (10, 10)");
			try {
				return db.violation("pragma busy_timeout = 0", "insert into note values (11, 11)");
			}
			finally {
				holder.rollback();
			}
		}
	}

	private static Cause sqlite(Kind kind) {
		return Cause.of(kind).withDatabase(Database.SQLITE);
	}

	private static Optional<Cause> resolve(SQLException ex) {
		return RootCause.resolver(db.dataSource()).withCatalogWait(Duration.ofMinutes(1)).resolve(ex);
	}

	private static Optional<Cause> resolve(SQLException ex, String sql) {
		return RootCause.resolver(db.dataSource()).withCatalogWait(Duration.ofMinutes(1)).resolve(ex, sql);
	}

	/** The name SQLite gave the table's only unique index of the origin ({@code u} or {@code pk}). */
	private static String indexName(String table, String origin) throws SQLException {
		try (Connection connection = db.dataSource().getConnection();
				PreparedStatement query = connection
					.prepareStatement("select name from pragma_index_list(?) where origin = ?")) {
			query.setString(1, table);
			query.setString(2, origin);
			try (ResultSet rows = query.executeQuery()) {
				assertThat(rows.next()).isTrue();
				return rows.getString(1);
			}
		}
	}

}
