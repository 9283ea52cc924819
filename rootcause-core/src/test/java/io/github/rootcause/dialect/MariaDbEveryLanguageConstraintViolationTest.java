package io.github.rootcause.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.Resolver;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language MariaDB 10.11 ships messages for ({@code share/<language>/errmsg.sys}), selected per session
 * with {@code lc_messages}: each violation is read as in English. The translations that move or reword the text
 * around the names are among them: Japanese puts the value first and text after the key, Czech and Slovak put the
 * key in parentheses, Spanish, Russian and Ukrainian translate the check message with text after the table,
 * Chinese writes the check's schema and table with an ideographic full stop and the foreign key details in
 * full-width parentheses; where a language has no translation, the server answers in English.
 */
class MariaDbEveryLanguageConstraintViolationTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.MARIADB);

	/** The tables every language's test provokes its violations on, created by the first one. */
	private static void tables() throws SQLException {
		db.execute("create table if not exists customer (id int primary key, email varchar(100),"
				+ " constraint uq_customer_email unique (email))", "insert ignore into customer values (1, 'it''s'' x')",
				"create table if not exists note (id int primary key, body varchar(100) not null)",
				"create table if not exists product (id int primary key, price int,"
						+ " constraint chk_product_price check (price > 0))",
				"create table if not exists parcel (id int primary key, weight int check (weight > 0))",
				"create table if not exists author (id int primary key)",
				"create table if not exists book (id int primary key, author_id int,"
						+ " constraint fk_book_author foreign key (author_id) references author (id))",
				"insert ignore into author values (1)", "insert ignore into book values (1, 1)",
				"create table if not exists player (id int primary key, nick varchar(20))",
				"create unique index if not exists `uq.player.nick` on player (nick)",
				"insert ignore into player values (1, 'ada')");
	}

	@ParameterizedTest(name = "MariaDB in {0}")
	@ValueSource(strings = { "bg_BG", "cs_CZ", "da_DK", "de_DE", "el_GR", "en_US", "es_ES", "et_EE", "fr_FR",
			"hi_IN", "hu_HU", "it_IT", "ja_JP", "ka_GE", "ko_KR", "nb_NO", "nl_NL", "pl_PL", "pt_PT", "ro_RO", "ru_RU",
			"sk_SK", "sr_RS", "sv_SE", "uk_UA", "zh_CN" })
	void everyViolationIsReadAsInEnglish(String locale) throws SQLException {
		tables();
		try (Connection connection = db.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("set lc_messages = '" + locale + "'");
			assertThat(read(statement, "insert into customer values (2, 'it''s'' x')"))
				.contains(cause(Kind.UNIQUE).withConstraint("uq_customer_email"));
			assertThat(read(statement, "insert into customer values (1, 'b')"))
				.contains(cause(Kind.UNIQUE).withConstraint("PRIMARY"));
			assertThat(read(statement, "insert into note values (1, null)"))
				.contains(cause(Kind.NOT_NULL).withColumns(List.of("body")));
			assertThat(read(statement, "insert into note (id) values (1)"))
				.contains(cause(Kind.NOT_NULL).withColumns(List.of("body")));
			assertThat(read(statement, "insert into product values (1, 0)")).contains(
					cause(Kind.CHECK).withConstraint("chk_product_price").withSchema(db.schema()).withTable("product"));
			assertThat(read(statement, "insert into parcel values (1, 0)")).contains(cause(Kind.CHECK)
				.withConstraint("weight").withSchema(db.schema()).withTable("parcel").withColumns(List.of("weight")));
			Cause bookAuthor = cause(Kind.FOREIGN_KEY).withConstraint("fk_book_author").withSchema(db.schema())
				.withTable("book").withColumns(List.of("author_id"));
			assertThat(read(statement, "insert into book values (2, 9)"))
				.contains(bookAuthor.withReference(Reference.MISSING));
			assertThat(read(statement, "delete from author where id = 1"))
				.contains(bookAuthor.withReference(Reference.STILL_REFERENCED));
			SQLException dotted = violation(statement, "insert into player values (2, 'ada')");
			assertThat(RootCause.of(dotted)).contains(cause(Kind.UNIQUE).withTable("uq").withConstraint("player.nick"));
			assertThat(resolver().resolve(dotted)).contains(cause(Kind.UNIQUE).withConstraint("uq.player.nick")
				.withSchema(db.schema()).withTable("player").withColumns(List.of("nick")));
		}
	}

	private static Optional<Cause> read(Statement statement, String sql) {
		return RootCause.of(violation(statement, sql));
	}

	private static SQLException violation(Statement statement, String sql) {
		try {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			return ex;
		}
		throw new AssertionError("no violation: " + sql);
	}

	private static Resolver resolver() {
		return RootCause.resolver(db.dataSource()).withCatalogWait(Duration.ofMinutes(1));
	}

	private static Cause cause(Kind kind) {
		return Cause.of(kind).withDatabase(Database.MARIADB);
	}

}
