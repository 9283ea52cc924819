package io.github.rootcause.dialect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.Resolver;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario matrix on a live MariaDB server, run by the subclasses once per driver and server language: every
 * test creates its own tables in the fixture's database, provokes one error and asserts exactly what
 * {@link RootCause#of(Throwable)} and {@link Resolver#resolve(Throwable, String)} give. A server that answers in
 * German, French or Japanese gives the same results as one that answers in English.
 */
abstract class MariaDbScenarios {

	/**
	 * The fixture of the subclass, on its driver.
	 * @return the fixture
	 */
	abstract DatabaseFixture db();

	/**
	 * The database the driver's exceptions are told to be, and the one its metadata names.
	 * @return {@link Database#MARIADB} for MariaDB Connector/J, {@link Database#MYSQL} for MySQL Connector/J
	 */
	final Database database() {
		return (db().database() == TestDatabase.MARIADB_MYSQL_DRIVER) ? Database.MYSQL : Database.MARIADB;
	}

	/**
	 * The language the fixture's server answers in.
	 * @return {@link MariaDbLanguage#ENGLISH} unless the subclass's fixture sets another
	 */
	final MariaDbLanguage language() {
		return MariaDbLanguage.of(db().serverLanguage());
	}

	@Test
	void serverAnswersInTheLanguageOfTheFixture() throws SQLException {
		db().execute("create table lingo (x varchar(10), constraint uq_x unique (x))", "insert into lingo values ('x')");
		SQLException ex = db().violation("insert into lingo values ('x')");
		assertThat(ex.getMessage()).endsWith(language().duplicateOfXOnUqX());
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE).withConstraint("uq_x"));
	}

	@Test
	void uniqueViolationOnASingleColumnNamesTheConstraintAndResolveAddsTableAndColumn() throws SQLException {
		db().execute("create table customer (id int primary key, email varchar(100),"
				+ " constraint uq_customer_email unique (email))", "insert into customer values (1, 'a@example.com')");
		String sql = "insert into customer values (2, 'a@example.com')";
		SQLException ex = db().violation(sql);
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE).withConstraint("uq_customer_email"));
		Cause resolved = inSchema(Kind.UNIQUE, "customer", "email").withConstraint("uq_customer_email");
		assertThat(resolver().resolve(ex)).contains(resolved);
		assertThat(resolver().resolve(ex, sql)).contains(resolved);
	}

	@Test
	void uniqueViolationOnACompositeIndexResolvesItsColumnsInIndexOrder() throws SQLException {
		db().execute("create table person (id int primary key, last_name varchar(50), first_name varchar(50),"
				+ " constraint uq_person_name unique (first_name, last_name))",
				"insert into person values (1, 'Lovelace', 'Ada')");
		SQLException ex = db().violation("insert into person values (2, 'Lovelace', 'Ada')");
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE).withConstraint("uq_person_name"));
		assertThat(resolver().resolve(ex))
			.contains(inSchema(Kind.UNIQUE, "person", "first_name", "last_name").withConstraint("uq_person_name"));
	}

	@Test
	void unnamedUniqueIndexIsNamedAfterItsFirstColumn() throws SQLException {
		db().execute("create table member (id int primary key, nickname varchar(50) unique)",
				"insert into member values (1, 'ada')");
		SQLException ex = db().violation("insert into member values (2, 'ada')");
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE).withConstraint("nickname"));
		assertThat(resolver().resolve(ex)).contains(inSchema(Kind.UNIQUE, "member", "nickname").withConstraint("nickname"));
	}

	@Test
	void uniqueIndexOnAGeneratedColumnResolvesToTheColumnsItsExpressionReads() throws SQLException {
		db().execute("create table account (id int primary key, login varchar(50),"
				+ " login_lower varchar(50) as (lower(login)) virtual,"
				+ " constraint uq_account_login_lower unique (login_lower))",
				"insert into account (id, login) values (1, 'Ada')");
		SQLException ex = db().violation("insert into account (id, login) values (2, 'ADA')");
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE).withConstraint("uq_account_login_lower"));
		assertThat(resolver().resolve(ex))
			.contains(inSchema(Kind.UNIQUE, "account", "login").withConstraint("uq_account_login_lower"));
	}

	@Test
	void primaryKeyViolationNamesOnlyPrimaryAndNeedsTheStatementForItsTable() throws SQLException {
		db().execute("create table country (code char(2) primary key)", "create table city (id int primary key)",
				"insert into country values ('FR')");
		String sql = "insert into country values ('FR')";
		SQLException ex = db().violation(sql);
		Cause read = cause(Kind.UNIQUE).withConstraint("PRIMARY");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolver().resolve(ex)).as("every table has an index PRIMARY").contains(read);
		assertThat(resolver().resolve(ex, sql)).contains(inSchema(Kind.UNIQUE, "country", "code").withConstraint("PRIMARY"));
	}

	@Test
	void notNullViolationOnInsertNamesTheColumnAndTheStatementNamesTheTable() throws SQLException {
		db().execute("create table note (id int primary key, body varchar(100) not null)");
		String sql = "insert into note values (1, null)";
		SQLException ex = db().violation(sql);
		Cause read = cause(Kind.NOT_NULL).withColumns(List.of("body"));
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolver().resolve(ex)).contains(read);
		assertThat(resolver().resolve(ex, sql)).contains(read.withTable("note"));
	}

	@Test
	void notNullViolationOnUpdateNamesTheColumn() throws SQLException {
		db().execute("create table draft (id int primary key, title varchar(100) not null)",
				"insert into draft values (1, 'x')");
		String sql = "update draft set title = null where id = 1";
		SQLException ex = db().violation(sql);
		Cause read = cause(Kind.NOT_NULL).withColumns(List.of("title"));
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolver().resolve(ex, sql)).contains(read.withTable("draft"));
	}

	@Test
	void omittedColumnWithoutDefaultIsANotNullViolationOfThatColumn() throws SQLException {
		db().execute("create table memo (id int primary key, body varchar(100) not null)");
		String sql = "insert into memo (id) values (1)";
		SQLException ex = db().violation(sql);
		assertThat(ex.getErrorCode()).isEqualTo(1364);
		Cause read = cause(Kind.NOT_NULL).withColumns(List.of("body"));
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolver().resolve(ex, sql)).contains(read.withTable("memo"));
	}

	@Test
	void namedCheckViolationNamesConstraintAndTableAndResolveAddsTheColumnsOfItsClause() throws SQLException {
		db().execute("create table product (id int primary key, price int, discount int,"
				+ " constraint chk_product_price check (price > 0 and discount < price))");
		SQLException ex = db().violation("insert into product values (1, 0, 0)");
		Cause read = cause(Kind.CHECK).withConstraint("chk_product_price").withSchema(db().schema()).withTable("product");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolver().resolve(ex)).contains(read.withColumns(List.of("price", "discount")));
	}

	@Test
	void unnamedTableCheckIsCalledConstraintOneOnEveryTableAndTheErrorNamesTheTable() throws SQLException {
		db().execute("create table shelf (id int primary key, qty int, check (qty >= 0))",
				"create table rack (id int primary key, qty int, check (qty >= 0))");
		SQLException ex = db().violation("insert into rack values (1, -1)");
		Cause read = cause(Kind.CHECK).withConstraint("CONSTRAINT_1").withSchema(db().schema()).withTable("rack");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolver().resolve(ex)).contains(read.withColumns(List.of("qty")));
	}

	@Test
	void unnamedColumnCheckIsNamedAfterItsColumn() throws SQLException {
		db().execute("create table parcel (id int primary key, weight int check (weight > 0))");
		SQLException ex = db().violation("insert into parcel values (1, 0)");
		Cause read = inSchema(Kind.CHECK, "parcel", "weight").withConstraint("weight");
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolver().resolve(ex)).contains(read);
	}

	@Test
	void insertingAChildWithAMissingParentIsAMissingReference() throws SQLException {
		library();
		SQLException ex = db().violation("insert into book values (2, 9)");
		Cause read = bookAuthor().withReference(Reference.MISSING);
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolver().resolve(ex)).contains(read);
	}

	@Test
	void updatingAChildToAMissingParentIsAMissingReference() throws SQLException {
		library();
		SQLException ex = db().violation("update book set author_id = 9 where id = 1");
		Cause read = bookAuthor().withReference(Reference.MISSING);
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolver().resolve(ex)).contains(read);
	}

	@Test
	void deletingAReferencedParentIsStillReferencedOnTheChildTable() throws SQLException {
		library();
		SQLException ex = db().violation("delete from author where id = 1");
		Cause read = bookAuthor().withReference(Reference.STILL_REFERENCED);
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolver().resolve(ex)).contains(read);
	}

	@Test
	void updatingAReferencedParentKeyIsStillReferencedOnTheChildTable() throws SQLException {
		library();
		SQLException ex = db().violation("update author set id = 5 where id = 1");
		Cause read = bookAuthor().withReference(Reference.STILL_REFERENCED);
		assertThat(RootCause.of(ex)).contains(read);
		assertThat(resolver().resolve(ex, "update author set id = 5 where id = 1")).contains(read);
	}

	@Test
	void batchWithOneDuplicateReadsTheDriversExceptionBehindTheBatchException() throws SQLException {
		db().execute("create table label (id int primary key, code varchar(20), constraint uq_label_code unique (code))");
		String sql = "insert into label values (?, ?)";
		SQLException ex = db().violation((connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int i = 1; i <= 3; i++) {
					statement.setInt(1, i);
					statement.setString(2, (i == 3) ? "code-1" : "code-" + i);
					statement.addBatch();
				}
				statement.executeBatch();
			}
		});
		assertThat((Object) ex).isInstanceOf(java.sql.BatchUpdateException.class);
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE).withConstraint("uq_label_code"));
		assertThat(resolver().resolve(ex, sql))
			.contains(inSchema(Kind.UNIQUE, "label", "code").withConstraint("uq_label_code"));
	}

	@Test
	void multiRowInsertWithADuplicateNamesTheIndex() throws SQLException {
		db().execute("create table tag (id int primary key, name varchar(20), constraint uq_tag_name unique (name))");
		SQLException ex = db().violation("insert into tag values (1, 'a'), (2, 'b'), (3, 'a')");
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE).withConstraint("uq_tag_name"));
		assertThat(resolver().resolve(ex)).contains(inSchema(Kind.UNIQUE, "tag", "name").withConstraint("uq_tag_name"));
	}

	/**
	 * MySQL 8 writes {@code table.key}, MariaDB the bare key, and neither escapes a dot inside the name: without
	 * the catalog the first dot splits. The resolver finds the index by its whole name.
	 */
	@Test
	void uniqueIndexWhoseNameHoldsDotsIsReadWholeByTheResolverNotAsTableAndKey() throws SQLException {
		db().execute("create table player (id int primary key, nick varchar(20))",
				"create unique index `uq.player.nick` on player (nick)", "insert into player values (1, 'ada')");
		String sql = "insert into player values (2, 'ada')";
		SQLException ex = db().violation(sql);
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE).withTable("uq").withConstraint("player.nick"));
		Cause resolved = inSchema(Kind.UNIQUE, "player", "nick").withConstraint("uq.player.nick");
		assertThat(resolver().resolve(ex)).contains(resolved);
		assertThat(resolver().resolve(ex, sql)).contains(resolved);
	}

	/**
	 * The catalog holds every database on the server, and the error names only the index: another database with
	 * an index of that name (here made on purpose; on a shared server, the twin class's run at the same time) makes
	 * the name alone ambiguous, and the statement's qualifier picks the database.
	 */
	@Test
	void violationsInAnotherDatabaseResolveThereByTheQualifiedStatementAndForeignKeysNameIt() throws SQLException {
		String other = db().createSchema("other");
		String copy = db().createSchema("copy");
		db().execute("create table " + other + ".invoice (id int primary key, number varchar(20),"
				+ " constraint uq_invoice_number unique (number))",
				"create table " + other + ".invoice_line (id int primary key, invoice_id int,"
						+ " constraint fk_line_invoice foreign key (invoice_id) references " + other + ".invoice (id))",
				"create table " + copy + ".invoice (id int primary key, number varchar(20),"
						+ " constraint uq_invoice_number unique (number))",
				"insert into " + other + ".invoice values (1, 'F-1')");
		String sql = "insert into " + other + ".invoice values (2, 'F-1')";
		SQLException unique = db().violation(sql);
		Cause read = cause(Kind.UNIQUE).withConstraint("uq_invoice_number");
		assertThat(RootCause.of(unique)).contains(read);
		assertThat(resolver().resolve(unique)).as("the index name alone is ambiguous").contains(read);
		assertThat(resolver().resolve(unique, sql))
			.contains(read.withSchema(other).withTable("invoice").withColumns(List.of("number")));
		SQLException foreignKey = db().violation("insert into " + other + ".invoice_line values (1, 9)");
		Cause fk = cause(Kind.FOREIGN_KEY).withConstraint("fk_line_invoice").withSchema(other)
			.withTable("invoice_line").withColumns(List.of("invoice_id")).withReference(Reference.MISSING);
		assertThat(RootCause.of(foreignKey)).contains(fk);
		assertThat(resolver().resolve(foreignKey)).contains(fk);
	}

	@Test
	void quotedIdentifiersWithSpacesBackticksAndNonAsciiLettersComeBackAsStored() throws SQLException {
		db().execute("create table `Kunde Übersicht` (id int primary key, `E-Mail Adresse` varchar(50) not null,"
				+ " constraint `uq Kunde ``Mail``` unique (`E-Mail Adresse`))",
				"create table `Bestellung Ä` (id int primary key, `Kunde Id` int, `Menge ``Stück``` int,"
						+ " constraint `fk Bestellung ``Kunde``` foreign key (`Kunde Id`) references `Kunde Übersicht` (id),"
						+ " constraint `chk Menge ``positiv``` check (`Menge ``Stück``` > 0))",
				"insert into `Kunde Übersicht` values (1, 'a@example.com')");
		SQLException unique = db().violation("insert into `Kunde Übersicht` values (2, 'a@example.com')");
		assertThat(RootCause.of(unique)).contains(cause(Kind.UNIQUE).withConstraint("uq Kunde `Mail`"));
		assertThat(resolver().resolve(unique))
			.contains(inSchema(Kind.UNIQUE, "Kunde Übersicht", "E-Mail Adresse").withConstraint("uq Kunde `Mail`"));
		String notNullSql = "update `Kunde Übersicht` set `E-Mail Adresse` = null";
		SQLException notNull = db().violation(notNullSql);
		assertThat(resolver().resolve(notNull, notNullSql))
			.contains(cause(Kind.NOT_NULL).withTable("Kunde Übersicht").withColumns(List.of("E-Mail Adresse")));
		SQLException foreignKey = db().violation("insert into `Bestellung Ä` values (1, 9, 1)");
		Cause fk = inSchema(Kind.FOREIGN_KEY, "Bestellung Ä", "Kunde Id").withConstraint("fk Bestellung `Kunde`")
			.withReference(Reference.MISSING);
		assertThat(RootCause.of(foreignKey)).contains(fk);
		assertThat(resolver().resolve(foreignKey)).contains(fk);
		SQLException check = db().violation("insert into `Bestellung Ä` values (2, 1, 0)");
		Cause chk = cause(Kind.CHECK).withConstraint("chk Menge `positiv`").withSchema(db().schema())
			.withTable("Bestellung Ä");
		assertThat(RootCause.of(check)).contains(chk);
		assertThat(resolver().resolve(check)).contains(chk.withColumns(List.of("Menge `Stück`")));
	}

	@Test
	void uniqueViolationOnMariaDbNamesTheIndexEvenWhenTheValueContainsForKey() throws SQLException {
		db().execute("create table phrase (id int primary key, text varchar(100),"
				+ " constraint uq_phrase_text unique (text))",
				"insert into phrase values (1, 'it''s \"x\" for key ''PRIMARY'' for key ''y')");
		SQLException ex = db().violation("insert into phrase values (2, 'it''s \"x\" for key ''PRIMARY'' for key ''y')");
		assertThat(ex.getMessage()).contains("'it's \"x\" for key 'PRIMARY' for key 'y'").contains("'uq_phrase_text'");
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE).withConstraint("uq_phrase_text"));
		assertThat(resolver().resolve(ex))
			.contains(inSchema(Kind.UNIQUE, "phrase", "text").withConstraint("uq_phrase_text"));
	}

	@Test
	void uniqueViolationNamesTheIndexWhenTheValueLooksLikeADumpedQueryAndWhenTheDriverDumpsTheQuery()
			throws SQLException {
		db().execute("create table remark (id int primary key, body varchar(100),"
				+ " constraint uq_remark_body unique (body))", "insert into remark values (1, 'x\\nQuery is: y')");
		String sql = "insert into remark values (2, 'x\\nQuery is: y')";
		Cause read = cause(Kind.UNIQUE).withConstraint("uq_remark_body");
		SQLException plain = db().violation(sql);
		assertThat(plain.getMessage()).contains("'x\nQuery is: y'").contains("'uq_remark_body'");
		assertThat(RootCause.of(plain)).contains(read);
		String url = db().url() + (db().url().contains("?") ? "&" : "?") + "dumpQueriesOnException=true";
		try (Connection dumping = DriverManager.getConnection(url, db().user(), db().password());
				Statement statement = dumping.createStatement()) {
			statement.execute(sql);
			throw new AssertionError("no violation");
		}
		catch (SQLException dumped) {
			assertThat(dumped.getMessage()).as("the driver appends the query").contains("insert into remark values (2,");
			assertThat(RootCause.of(dumped)).contains(read);
		}
	}

	@Test
	void syntaxErrorsUnknownTablesAndBadValuesAreNotViolations() throws SQLException {
		db().execute("create table gauge (id int primary key, label varchar(5), level tinyint)");
		List<SQLException> errors = List.of(db().violation("insert into gauge valuez (1)"),
				db().violation("insert into no_such_table values (1)"),
				db().violation("insert into gauge values (1, 'much too long', 1)"),
				db().violation("insert into gauge values (1, 'ok', 1000)"));
		assertThat(errors).extracting(SQLException::getErrorCode).containsExactly(1064, 1146, 1406, 1264);
		for (SQLException error : errors) {
			assertThat(RootCause.of(error)).as(error.getMessage()).isEmpty();
			assertThat(resolver().resolve(error)).as(error.getMessage()).isEmpty();
		}
	}

	@Test
	void lockWaitTimeoutAndDeadlockAreNotViolations() throws Exception {
		db().execute("create table seat (id int primary key, taken int)", "insert into seat values (1, 0), (2, 0)");
		try (Connection first = db().dataSource().getConnection()) {
			first.setAutoCommit(false);
			execute(first, "update seat set taken = 1 where id = 1");
			SQLException timeout = db().violation((second) -> {
				execute(second, "set session innodb_lock_wait_timeout = 1");
				execute(second, "update seat set taken = 2 where id = 1");
			});
			assertThat(timeout.getErrorCode()).isEqualTo(1205);
			assertThat(RootCause.of(timeout)).isEmpty();
			first.rollback();
		}
		SQLException deadlock = deadlock();
		assertThat(deadlock.getErrorCode()).isEqualTo(1213);
		assertThat(RootCause.of(deadlock)).isEmpty();
		assertThat(resolver().resolve(deadlock)).isEmpty();
	}

	@Test
	void connectionErrorsAreNotViolations() {
		String url = db().url().replace(":3306/", ":1/");
		try (Connection connection = DriverManager.getConnection(url, db().user(), db().password())) {
			throw new AssertionError("connected to " + url);
		}
		catch (SQLException ex) {
			assertThat(RootCause.of(ex)).isEmpty();
		}
	}

	/** Two transactions that each hold the row the other wants: the server rolls one back with 1213. */
	private SQLException deadlock() throws Exception {
		try (Connection first = db().dataSource().getConnection();
				Connection second = db().dataSource().getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			execute(first, "update seat set taken = 1 where id = 1");
			execute(second, "update seat set taken = 2 where id = 2");
			CountDownLatch started = new CountDownLatch(1);
			CompletableFuture<SQLException> firstWaits = CompletableFuture.supplyAsync(() -> {
				started.countDown();
				try {
					execute(first, "update seat set taken = 1 where id = 2");
					return null;
				}
				catch (SQLException ex) {
					return ex;
				}
			});
			started.await();
			Thread.sleep(300);
			SQLException secondFails = null;
			try {
				execute(second, "update seat set taken = 2 where id = 1");
			}
			catch (SQLException ex) {
				secondFails = ex;
			}
			second.rollback();
			SQLException firstFails = firstWaits.get(30, TimeUnit.SECONDS);
			first.rollback();
			SQLException found = (secondFails != null) ? secondFails : firstFails;
			if (found == null) {
				throw new AssertionError("no deadlock");
			}
			return found;
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private void library() throws SQLException {
		db().execute("create table if not exists author (id int primary key)",
				"create table if not exists book (id int primary key, author_id int,"
						+ " constraint fk_book_author foreign key (author_id) references author (id))",
				"insert ignore into author values (1)", "insert ignore into book values (1, 1)");
	}

	private Cause bookAuthor() {
		return inSchema(Kind.FOREIGN_KEY, "book", "author_id").withConstraint("fk_book_author");
	}

	private Resolver resolver() {
		return RootCause.resolver(db().dataSource()).withCatalogWait(Duration.ofMinutes(1));
	}

	/** A bare cause as this driver's exceptions give it. */
	private Cause cause(Kind kind) {
		return Cause.of(kind).withDatabase(database());
	}

	/** A cause on a table of the fixture's database. */
	private Cause inSchema(Kind kind, String table, String... columns) {
		return cause(kind).withSchema(db().schema()).withTable(table).withColumns(List.of(columns));
	}

}
