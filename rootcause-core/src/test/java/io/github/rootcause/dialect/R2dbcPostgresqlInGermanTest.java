package io.github.rootcause.dialect;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import io.r2dbc.postgresql.api.ErrorDetails;
import io.r2dbc.postgresql.api.PostgresqlException;
import io.r2dbc.postgresql.message.backend.Field;
import io.r2dbc.postgresql.message.backend.Field.FieldType;
import io.r2dbc.spi.R2dbcException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL server that answers in German resolves over r2dbc-postgresql from the error's fields, with no
 * English text.
 *
 * <p>As for {@link PostgresqlTranslatedMessagesTest}: the local server has German translations but no German
 * operating system locale, so {@code set lc_messages to 'de_DE.UTF-8'} is refused. Each test causes the violation
 * live over R2DBC, then has r2dbc-postgresql's own exception factory build the exception the German server would
 * send: the live error's fields with its message and detail in PostgreSQL 15's German.
 */
class R2dbcPostgresqlInGermanTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.POSTGRESQL);

	@Test
	void germanUniqueViolationOverR2dbcResolvesFromTheFields() throws Exception {
		db.execute("create table kunde (email text constraint uq_kunde_email unique)",
				"insert into kunde values ('a@example.com')");
		R2dbcException german = german(db.r2dbc().violation("insert into kunde values ('a@example.com')"),
				"doppelter Schlüsselwert verletzt Unique-Constraint »uq_kunde_email«",
				"Schlüssel »(email)=(a@example.com)« existiert bereits.");
		assertThat(RootCause.of(german)).contains(cause(Kind.UNIQUE, "uq_kunde_email", "kunde", "email"));
	}

	@Test
	void germanNotNullViolationOverR2dbcNamesTheColumn() throws Exception {
		db.execute("create table adresse (id int, ort text not null)");
		R2dbcException german = german(db.r2dbc().violation("insert into adresse values (1, null)"),
				"NULL-Wert in Spalte »ort« von Relation »adresse« verletzt Not-Null-Constraint",
				"Fehlgeschlagene Zeile enthält (1, null).");
		assertThat(RootCause.of(german)).contains(cause(Kind.NOT_NULL, null, "adresse", "ort"));
	}

	@Test
	void germanCheckViolationOverR2dbcNamesTheConstraint() throws Exception {
		db.execute("create table lager (menge int constraint ck_lager_menge check (menge > 0))");
		R2dbcException german = german(db.r2dbc().violation("insert into lager values (0)"),
				"neue Zeile für Relation »lager« verletzt Check-Constraint »ck_lager_menge«",
				"Fehlgeschlagene Zeile enthält (0).");
		assertThat(RootCause.of(german)).contains(cause(Kind.CHECK, "ck_lager_menge", "lager"));
	}

	@Test
	void germanForeignKeyViolationsOverR2dbcTellTheDirection() throws Exception {
		db.execute("create table autor (id int primary key)",
				"create table buch (id int primary key, autor_id int constraint fk_buch_autor references autor)",
				"insert into autor values (1)", "insert into buch values (1, 1)");
		R2dbcException missing = german(db.r2dbc().violation("insert into buch values (2, 42)"),
				"Einfügen oder Aktualisieren in Tabelle »buch« verletzt Fremdschlüssel-Constraint »fk_buch_autor«",
				"Schlüssel (autor_id)=(42) ist nicht in Tabelle »autor« vorhanden.");
		R2dbcException referenced = german(db.r2dbc().violation("delete from autor"),
				"Aktualisieren oder Löschen in Tabelle »autor« verletzt Fremdschlüssel-Constraint »fk_buch_autor«"
						+ " von Tabelle »buch«",
				"Auf Schlüssel (id)=(1) wird noch aus Tabelle »buch« verwiesen.");
		assertThat(RootCause.of(missing)).contains(cause(Kind.FOREIGN_KEY, "fk_buch_autor", "buch", "autor_id")
			.withReference(Reference.MISSING));
		assertThat(RootCause.of(referenced)).map(Cause::reference).contains(Optional.of(Reference.STILL_REFERENCED));
	}

	/** The exception r2dbc-postgresql makes of the German server's error: the live fields, German texts. */
	private static R2dbcException german(R2dbcException live, String message, String detail) throws Exception {
		ErrorDetails fields = ((PostgresqlException) live).getErrorDetails();
		List<Field> german = new ArrayList<>();
		german.add(new Field(FieldType.SEVERITY_LOCALIZED, "FEHLER"));
		german.add(new Field(FieldType.SEVERITY_NON_LOCALIZED, "ERROR"));
		german.add(new Field(FieldType.CODE, fields.getCode()));
		german.add(new Field(FieldType.MESSAGE, message));
		german.add(new Field(FieldType.DETAIL, detail));
		fields.getSchemaName().ifPresent((value) -> german.add(new Field(FieldType.SCHEMA_NAME, value)));
		fields.getTableName().ifPresent((value) -> german.add(new Field(FieldType.TABLE_NAME, value)));
		fields.getColumnName().ifPresent((value) -> german.add(new Field(FieldType.COLUMN_NAME, value)));
		fields.getConstraintName().ifPresent((value) -> german.add(new Field(FieldType.CONSTRAINT_NAME, value)));
		Class<?> factory = Class.forName("io.r2dbc.postgresql.ExceptionFactory");
		java.lang.reflect.Field instance = factory.getDeclaredField("INSTANCE");
		instance.setAccessible(true);
		Method create = factory.getDeclaredMethod("createException", ErrorDetails.class);
		create.setAccessible(true);
		R2dbcException exception = (R2dbcException) create.invoke(instance.get(null), new ErrorDetails(german));
		assertThat(exception.getMessage()).isEqualTo(message);
		assertThat(exception.getClass()).isEqualTo(live.getClass());
		return exception;
	}

	private static Cause cause(Kind kind, String constraint, String table, String... columns) {
		return PostgresqlExpectations.cause(db, kind, constraint, table, columns);
	}

}
