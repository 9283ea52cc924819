package io.github.rootcause;

import java.sql.SQLException;
import java.util.List;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grown-schema scenarios on SQLite (foreign keys on), and its {@code ON DELETE RESTRICT}, which SQLite
 * reports with its trigger code ({@code SQLITE_CONSTRAINT_TRIGGER}) and a foreign-key message.
 */
class GrownSchemaSqliteTest extends GrownSchemaScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.SQLITE);

	@Override
	DatabaseFixture db() {
		return db;
	}

	@Override
	List<String> signupTrigger() {
		return List.of("create trigger signup_mailing after insert on signup begin"
				+ " insert into mailing values (new.email); end");
	}

	@Test
	void deleteOfAParentWhoseChildRestrictsItAnswersTheRestrictingForeignKey() throws SQLException {
		db.execute("create table author (id integer primary key)",
				"create table novel (id integer primary key, author_id int, constraint fk_novel_author"
						+ " foreign key (author_id) references author (id) on delete restrict)",
				"insert into author values (1)", "insert into novel values (1, 1)");
		Cause cause = assertResolved("delete from author where id = 1", Kind.FOREIGN_KEY, "fk_novel_author", "novel",
				"author_id");
		assertThat(cause.reference()).contains(Reference.STILL_REFERENCED);
	}

	@Test
	void foreignKeyViolationOfAnInsertAfterACommonTableExpressionAnswersTheTableItInsertsInto() throws SQLException {
		db.execute("create table genre (id integer primary key)", "create table album (id integer primary key,"
				+ " genre_id int, constraint fk_album_genre foreign key (genre_id) references genre (id))");
		Cause cause = assertResolved("with pick(id) as (select 99) insert into album select 1, id from pick",
				Kind.FOREIGN_KEY, "fk_album_genre", "album", "genre_id");
		assertThat(cause.reference()).contains(Reference.MISSING);
	}

	@Test
	void insertThroughAViewWithAnInsteadOfTriggerAnswersTheTableTheTriggerWritesInto() throws SQLException {
		db.execute("create table listener (id integer primary key, email text,"
				+ " constraint uq_listener_email unique (email))",
				"create view listener_view as select id, email from listener",
				"create trigger listener_view_insert instead of insert on listener_view begin"
						+ " insert into listener values (new.id, new.email); end",
				"insert into listener_view values (1, 'a@example.com')");
		assertResolved("insert into listener_view values (2, 'a@example.com')", Kind.UNIQUE, "uq_listener_email",
				"listener", "email");
	}

	@Test
	void deleteCascadingToARowThatRestrictsItTwoTablesBelowAnswersTheRestrictingForeignKey() throws SQLException {
		db.execute("create table library (id integer primary key)",
				"create table shelf (id integer primary key, library_id int, constraint fk_shelf_library"
						+ " foreign key (library_id) references library (id) on delete cascade)",
				"create table loan (id integer primary key, shelf_id int, constraint fk_loan_shelf"
						+ " foreign key (shelf_id) references shelf (id) on delete restrict)",
				"insert into library values (1)", "insert into shelf values (10, 1)",
				"insert into loan values (100, 10)");
		assertResolved("delete from library where id = 1", Kind.FOREIGN_KEY, "fk_loan_shelf", "loan", "shelf_id");
	}

}
