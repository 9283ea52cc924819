package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.List;

import com.mysql.cj.jdbc.exceptions.SQLError;
import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.RootCause;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Translated messages no live server here sends: codes MariaDB cannot be made to raise on demand (1022, 1263,
 * 1216, 1217) and MySQL 8's {@code table.key}, each formatted from the templates of MariaDB 10.11's
 * {@code errmsg-utf8.txt} and MySQL 8's {@code messages_to_clients.txt}, and built by MySQL Connector/J's own
 * exception factory. The live translations are in {@link MariaDbEveryLanguageConstraintViolationTest}.
 */
class MySqlTranslatedRecordedMessagesTest {

	@Test
	void duplicateKeyInTableNamesTheTableWhateverApostrophesTheTemplateHas() {
		for (String message : List.of("Can't write; duplicate key in table 'users'",
				"Nu pot sa scriu (can't write), cheie duplicata in tabela 'users'",
				"書き込めません。表 'users' に重複するキーがあります。")) {
			assertThat(RootCause.of(mysql(message, "23000", 1022))).as(message)
				.contains(cause(Kind.UNIQUE).withTable("users"));
		}
	}

	@Test
	void nullSuppliedToNotNullColumnNamesTheColumnInEveryTranslationThatQuotesIt() {
		for (String message : List.of("Column set to default value; NULL supplied to NOT NULL column 'email' at row 2",
				"Feld auf Vorgabewert gesetzt, da NULL für NOT-NULL-Feld 'email' in Zeile 2 angegeben",
				"列にデフォルト値が設定されました。NOT NULLの列 'email' に 行 2 で NULL が与えられました。",
				"列设置为默认值; NULL在行'email'中提供给了NOT NULL列2")) {
			assertThat(RootCause.of(mysql(message, "22004", 1263))).as(message)
				.contains(cause(Kind.NOT_NULL).withColumns(List.of("email")));
		}
		// The Georgian template lost its opening quote: the kind alone.
		assertThat(RootCause.of(mysql("ველი ნაგულისხმებ მნიშვნელობას უდრის. მიწოდებულია NULL, როცა სვეტი email' "
				+ "მწკრივში 2 მონიშნულია, როგორც NOT NULL", "22004", 1263))).contains(cause(Kind.NOT_NULL));
	}

	@Test
	void translatedForeignKeyErrorsWithoutDetailsTellTheSide() {
		assertThat(RootCause.of(mysql("Hinzufügen oder Aktualisieren eines Kind-Datensatzes schlug aufgrund einer "
				+ "Fremdschlüssel-Beschränkung fehl", "23000", 1216)))
			.contains(cause(Kind.FOREIGN_KEY).withReference(Reference.MISSING));
		assertThat(RootCause.of(mysql("子レコードがあります。外部キー制約違反です。", "23000", 1217)))
			.contains(cause(Kind.FOREIGN_KEY).withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void translatedDuplicateEntryOnMySql8NamesTableAndKey() {
		Cause usersEmail = cause(Kind.UNIQUE).withTable("users").withConstraint("email");
		assertThat(RootCause.of(mysql("Doppelter Eintrag 'a@example.com' für Schlüssel 'users.email'", "23000", 1062)))
			.contains(usersEmail);
		assertThat(RootCause.of(mysql("Zvojený klíč 'a@example.com' (číslo klíče 'users.email')", "23000", 1062)))
			.contains(usersEmail);
		assertThat(RootCause.of(mysql("Duplicata du champ 'a@example.com' pour la clef 'users.email'", "23000", 1586)))
			.contains(usersEmail);
	}

	@Test
	void translatedDuplicateEntryNamesTheKeyWhenTheValueRepeatsTheTemplatesWords() {
		assertThat(RootCause.of(mysql("'it's' は索引 'x' で重複しています。' は索引 'uq_email' で重複しています。", "23000",
				1062))).contains(cause(Kind.UNIQUE).withConstraint("uq_email"));
		assertThat(RootCause.of(mysql("Doppelter Eintrag 'x' für Schlüssel 'y' für Schlüssel 'uq_email'", "23000",
				1062))).contains(cause(Kind.UNIQUE).withConstraint("uq_email"));
	}

	@Test
	void englishTemplateAlsoReadsAKeyThatHoldsAQuoteWhole() {
		assertThat(RootCause.of(mysql("Duplicate entry 'a' for key 'uq 'odd' name'", "23000", 1062)))
			.contains(cause(Kind.UNIQUE).withConstraint("uq 'odd' name"));
		assertThat(RootCause.of(mysql("Field 'it's' doesn't have a default value", "HY000", 1364)))
			.contains(cause(Kind.NOT_NULL).withColumns(List.of("it's")));
	}

	@Test
	void translatedReferencedParentOnMySql8IsReadFromTheDetailsInnoDbWritesInEnglish() {
		SQLException ex = mysql("Kann Eltern-Zeile nicht löschen oder aktualisieren: eine Fremdschlüsselbedingung "
				+ "schlägt fehl (`shop`.`orders`, CONSTRAINT `orders_ibfk_1` FOREIGN KEY (`customer_id`) REFERENCES "
				+ "`customers` (`id`))", "23000", 1451);
		assertThat(RootCause.of(ex)).contains(cause(Kind.FOREIGN_KEY).withSchema("shop").withTable("orders")
			.withConstraint("orders_ibfk_1").withColumns(List.of("customer_id"))
			.withReference(Reference.STILL_REFERENCED));
	}

	/** An exception as MySQL Connector/J builds it from a server error packet. */
	private static SQLException mysql(String message, String sqlState, int vendorCode) {
		return SQLError.createSQLException(message, sqlState, vendorCode, null);
	}

	private static Cause cause(Kind kind) {
		return Cause.of(kind).withDatabase(Database.MYSQL);
	}

}
