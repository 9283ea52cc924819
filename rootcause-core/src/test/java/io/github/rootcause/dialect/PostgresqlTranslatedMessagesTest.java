package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A PostgreSQL server that answers in another language resolves like an English one.
 *
 * <p>The local server has German translations ({@code postgres-15.mo}) but no German operating system locale, so
 * {@code set lc_messages to 'de_DE.UTF-8'} is refused. Each test therefore causes the violation live, then builds
 * the error the German server would send, as pgjdbc builds it: the live error's structured fields (SQLState,
 * schema, table, column, constraint) with its message and detail replaced by their German translations, taken
 * from PostgreSQL 15's {@code de/LC_MESSAGES/postgres-15.mo}.
 */
class PostgresqlTranslatedMessagesTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.POSTGRESQL);

	@Test
	void germanUniqueViolationOnPostgresqlResolvesFromTheFields() throws SQLException {
		db.execute("create table kunde (email text constraint uq_kunde_email unique)",
				"insert into kunde values ('a@example.com')");
		SQLException german = german(db.violation("insert into kunde values ('a@example.com')"),
				"doppelter Schlüsselwert verletzt Unique-Constraint »uq_kunde_email«",
				"Schlüssel »(email)=(a@example.com)« existiert bereits.");
		Cause expected = cause(Kind.UNIQUE, "uq_kunde_email", "kunde", "email");
		assertThat(RootCause.of(german)).contains(expected);
		assertThat(resolve(german)).contains(expected);
	}

	@Test
	void germanNotNullViolationOnPostgresqlNamesTheColumn() throws SQLException {
		db.execute("create table adresse (id int, ort text not null)");
		SQLException german = german(db.violation("insert into adresse values (1, null)"),
				"NULL-Wert in Spalte »ort« von Relation »adresse« verletzt Not-Null-Constraint",
				"Fehlgeschlagene Zeile enthält (1, null).");
		Cause expected = cause(Kind.NOT_NULL, null, "adresse", "ort");
		assertThat(RootCause.of(german)).contains(expected);
		assertThat(resolve(german)).contains(expected);
	}

	@Test
	void germanCheckViolationOnPostgresqlNamesTheConstraint() throws SQLException {
		db.execute("create table lager (menge int constraint ck_lager_menge check (menge > 0))");
		SQLException german = german(db.violation("insert into lager values (0)"),
				"neue Zeile für Relation »lager« verletzt Check-Constraint »ck_lager_menge«",
				"Fehlgeschlagene Zeile enthält (0).");
		assertThat(RootCause.of(german)).contains(cause(Kind.CHECK, "ck_lager_menge", "lager"));
		assertThat(resolve(german)).contains(cause(Kind.CHECK, "ck_lager_menge", "lager", "menge"));
	}

	@Test
	void germanForeignKeyViolationsOnPostgresqlTellTheDirection() throws SQLException {
		db.execute("create table autor (id int primary key)", "insert into autor values (1)",
				"create table buch (id int, autor_id int constraint fk_buch_autor references autor)",
				"insert into buch values (1, 1)");
		SQLException missing = german(db.violation("insert into buch values (2, 42)"),
				"Einfügen oder Aktualisieren in Tabelle »buch« verletzt Fremdschlüssel-Constraint »fk_buch_autor«",
				"Schlüssel (autor_id)=(42) ist nicht in Tabelle »autor« vorhanden.");
		Cause missingCause = cause(Kind.FOREIGN_KEY, "fk_buch_autor", "buch", "autor_id")
			.withReference(Reference.MISSING);
		assertThat(RootCause.of(missing)).contains(missingCause);
		assertThat(resolve(missing)).contains(missingCause);
		SQLException referenced = german(db.violation("delete from autor"),
				"Aktualisieren oder Löschen in Tabelle »autor« verletzt Fremdschlüssel-Constraint »fk_buch_autor« "
						+ "von Tabelle »buch«",
				"Auf Schlüssel (id)=(1) wird noch aus Tabelle »buch« verwiesen.");
		Cause referencedCause = cause(Kind.FOREIGN_KEY, "fk_buch_autor", "buch")
			.withReference(Reference.STILL_REFERENCED);
		assertThat(RootCause.of(referenced)).contains(referencedCause);
		assertThat(resolve(referenced)).contains(referencedCause.withColumns(List.of("autor_id")));
	}

	@Test
	void germanSelfReferencingForeignKeyOnPostgresqlTellsTheDirection() throws SQLException {
		db.execute("create table mitarbeiter (id int primary key, chef_id int constraint fk_chef references mitarbeiter)",
				"insert into mitarbeiter values (1, null), (2, 1)");
		SQLException missing = german(db.violation("insert into mitarbeiter values (3, 9)"),
				"Einfügen oder Aktualisieren in Tabelle »mitarbeiter« verletzt Fremdschlüssel-Constraint »fk_chef«",
				"Schlüssel (chef_id)=(9) ist nicht in Tabelle »mitarbeiter« vorhanden.");
		assertThat(RootCause.of(missing)).contains(cause(Kind.FOREIGN_KEY, "fk_chef", "mitarbeiter", "chef_id")
			.withReference(Reference.MISSING));
		SQLException referenced = german(db.violation("delete from mitarbeiter where id = 1"),
				"Aktualisieren oder Löschen in Tabelle »mitarbeiter« verletzt Fremdschlüssel-Constraint »fk_chef« "
						+ "von Tabelle »mitarbeiter«",
				"Auf Schlüssel (id)=(1) wird noch aus Tabelle »mitarbeiter« verwiesen.");
		assertThat(RootCause.of(referenced))
			.contains(cause(Kind.FOREIGN_KEY, "fk_chef", "mitarbeiter").withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void germanExclusionViolationOnPostgresqlNamesTheConstraintAndColumn() throws SQLException {
		db.execute("create table raum (zeit tsrange, constraint ex_raum_belegt exclude using gist (zeit with &&))",
				"insert into raum values ('[2026-01-01 10:00, 2026-01-01 11:00)')");
		SQLException german = german(db.violation("insert into raum values ('[2026-01-01 10:30, 2026-01-01 11:30)')"),
				"kollidierender Schlüsselwert verletzt Exclusion-Constraint »ex_raum_belegt«",
				"Schlüssel (zeit)=([\"2026-01-01 10:30:00\",\"2026-01-01 11:30:00\")) kollidiert mit vorhandenem "
						+ "Schlüssel (zeit)=([\"2026-01-01 10:00:00\",\"2026-01-01 11:00:00\")).");
		Cause expected = cause(Kind.EXCLUSION, "ex_raum_belegt", "raum", "zeit");
		assertThat(RootCause.of(german)).contains(expected);
		assertThat(resolve(german)).contains(expected);
	}

	/**
	 * The foreign key messages of every translation PostgreSQL 15 ships, as its {@code .mo} files give them, for a
	 * child {@code buch} whose constraint {@code fk_buch_autor} references {@code autor}. Japanese and Chinese
	 * (simplified) name the referencing table before the constraint.
	 */
	static Stream<Arguments> translations() {
		return Stream.of(
				arguments("de", "Einfügen oder Aktualisieren in Tabelle »buch« verletzt Fremdschlüssel-Constraint »fk_buch_autor«", "Aktualisieren oder Löschen in Tabelle »autor« verletzt Fremdschlüssel-Constraint »fk_buch_autor« von Tabelle »buch«"),
				arguments("es", "inserción o actualización en la tabla «buch» viola la llave foránea «fk_buch_autor»", "update o delete en «autor» viola la llave foránea «fk_buch_autor» en la tabla «buch»"),
				arguments("fr", "une instruction insert ou update sur la table « buch » viole la contrainte de clé étrangère « fk_buch_autor »", "UPDATE ou DELETE sur la table « autor » viole la contrainte de clé étrangère « fk_buch_autor » de la table « buch »"),
				arguments("it", "la INSERT o l'UPDATE sulla tabella \"buch\" viola il vincolo di chiave esterna \"fk_buch_autor\"", "l'istruzione UPDATE o DELETE sulla tabella \"autor\" viola il vincolo di chiave esterna \"fk_buch_autor\" sulla tabella \"buch\""),
				arguments("ja", "テーブル\"buch\"への挿入、更新は外部キー制約\"fk_buch_autor\"に違反しています", "テーブル\"autor\"の更新または削除は、テーブル\"buch\"の外部キー制約\"fk_buch_autor\"に違反します"),
				arguments("ka", "insert or update on table \"buch\" violates foreign key constraint \"fk_buch_autor\"", "update or delete on table \"autor\" violates foreign key constraint \"fk_buch_autor\" on table \"buch\""),
				arguments("ko", "\"buch\" 테이블에서 자료 추가, 갱신 작업이 \"fk_buch_autor\" 참조키(foreign key) 제약 조건을 위배했습니다", "\"autor\" 테이블의 자료 갱신, 삭제 작업이 \"fk_buch_autor\" 참조키(foreign key) 제약 조건 - \"buch\" 테이블 - 을 위반했습니다"),
				arguments("ru", "INSERT или UPDATE в таблице \"buch\" нарушает ограничение внешнего ключа \"fk_buch_autor\"", "UPDATE или DELETE в таблице \"autor\" нарушает ограничение внешнего ключа \"fk_buch_autor\" таблицы \"buch\""),
				arguments("sv", "insert eller update på tabell \"buch\" bryter mot främmande nyckel-villkoret \"fk_buch_autor\"", "update eller delete på tabell \"autor\" bryter mot främmande nyckel-villkoret \"fk_buch_autor\" för tabell \"buch\""),
				arguments("uk", "insert або update в таблиці \"buch\" порушує обмеження зовнішнього ключа \"fk_buch_autor\"", "update або delete в таблиці \"autor\" порушує обмеження зовнішнього ключа \"fk_buch_autor\" таблиці \"buch\""),
				arguments("zh_CN", "对表 \"buch\" 的插入或更新违反外键约束 \"fk_buch_autor\"", "对表 \"autor\" 的更新或删除违反表 \"buch\" 上的外键约束 \"fk_buch_autor\""),
				arguments("zh_TW", "資料表 \"buch\" 的插入或更新違反外來鍵限制 \"fk_buch_autor\"", "資料表 \"autor\" 的更新或刪除違反外來鍵限制 \"fk_buch_autor\" (於資料表 \"buch\")"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("translations")
	void foreignKeyDirectionOnPostgresqlHoldsInEveryTranslation(String language, String missing, String referenced) {
		PSQLException missingError = PgServerErrors.error("23503", missing, null, "public", "buch", null,
				"fk_buch_autor");
		PSQLException referencedError = PgServerErrors.error("23503", referenced, null, "public", "buch", null,
				"fk_buch_autor");
		assertThat(RootCause.of(missingError)).map(Cause::reference).contains(Optional.of(Reference.MISSING));
		assertThat(RootCause.of(referencedError)).map(Cause::reference)
			.contains(Optional.of(Reference.STILL_REFERENCED));
	}

	/** The error a German server sends for the same violation: the live fields, German message and detail. */
	private static SQLException german(SQLException live, String message, String detail) {
		ServerErrorMessage fields = ((PSQLException) live).getServerErrorMessage();
		return PgServerErrors.error(fields.getSQLState(), message, detail, fields.getSchema(), fields.getTable(),
				fields.getColumn(), fields.getConstraint());
	}

	private static Cause cause(Kind kind, String constraint, String table, String... columns) {
		return PostgresqlExpectations.cause(db, kind, constraint, table, columns);
	}

	private static Optional<Cause> resolve(Throwable ex) {
		return PostgresqlExpectations.resolve(db, ex);
	}

}
