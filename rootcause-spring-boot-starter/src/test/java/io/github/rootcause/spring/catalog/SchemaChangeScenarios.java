package io.github.rootcause.spring.catalog;

import java.util.List;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import io.github.rootcause.spring.Http.Response;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema changed through plain SQL while the application runs, which no migration tool announces: the first
 * violation of a constraint the catalog lacks, or has with other columns, has the catalog read again in the
 * background, and the answers soon name the new constraint and its fields (every answer before has the right
 * status); {@code POST /actuator/rootcause} reads it again at once, so the very next violation is answered in
 * full. Each test runs on an application and a schema of its own. Run on each database by a subclass named for it.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = "rootcause.catalog.refresh-interval=200ms")
abstract class SchemaChangeScenarios extends CatalogScenarios {

	private static final String TAKEN_HANDLE = """
			{"handle": "taken-handle"}""";

	@Test
	void aTableCreatedWhileTheApplicationRunsIsSoonAnsweredWithItsConstraintAndField(CapturedOutput output)
			throws Exception {
		createNicknames();
		answeredInFull("new table", () -> http().post("/nicknames", TAKEN_HANDLE), 409,
				Problems.unique("uq_nickname_handle", "/nicknames", "handle"));
		logIsClean(output);
	}

	@Test
	void aRenamedUniqueConstraintIsSoonAnsweredByItsNewName(CapturedOutput output) throws Exception {
		this.jdbc.execute(sql("alter table account rename constraint uq_account_email to uq_account_mail",
				"alter table account rename index uq_account_email to uq_account_mail"));
		if (this.database == TestDatabase.H2 && h2Version() < 2_004) {
			// H2 before 2.4 names only the index behind a unique constraint, which a rename leaves as it was: no
			// violation shows the catalog stale, and the documented remedy is to have it read again.
			assertThat(http().post("/actuator/rootcause", "{}").status()).isEqualTo(200);
		}
		answeredInFull("renamed unique", () -> http().post("/accounts", account(2, SEEDED_EMAIL, "Other")), 409,
				Problems.unique("uq_account_mail", "/accounts", "email"));
		logIsClean(output);
	}

	/**
	 * Under a new name: MariaDB names only the index, never its columns, so a unique redefined under its old name
	 * would not show the catalog stale there.
	 */
	@Test
	void aUniqueRedefinedOverTwoColumnsIsSoonAnsweredWithBothFields(CapturedOutput output) throws Exception {
		this.jdbc.execute(sql("alter table account drop constraint uq_account_email",
				"alter table account drop index uq_account_email"));
		this.jdbc.execute("alter table account add constraint uq_account_email_name unique (email, name)");
		answeredInFull("unique over two columns",
				() -> http().post("/accounts", account(2, SEEDED_EMAIL, SEEDED_NAME)), 409,
				Problems.unique("uq_account_email_name", "/accounts", "email", "name"));
		logIsClean(output);
	}

	@Test
	void aCheckAddedWhileTheApplicationRunsIsSoonAnsweredWithItsField(CapturedOutput output) throws Exception {
		addNameCheck();
		answeredInFull("new check", () -> http().post("/accounts", account(2, "other@example.com", "Zq")), 422,
				Problems.check("ck_account_name", "/accounts", "name"));
		logIsClean(output);
	}

	@Test
	void aRefreshThroughTheEndpointHasTheVeryNextViolationsAnsweredInFull(CapturedOutput output) {
		createNicknames();
		addNameCheck();
		Response refreshed = http().post("/actuator/rootcause", "{}");
		assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
		refreshed.leaksNothing();
		assertThat(JsonPath.<String>read(refreshed.body(), "$.dataSources.dataSource.catalog.status"))
			.isEqualTo("complete");
		assertThat(JsonPath.<List<String>>read(refreshed.body(), "$.dataSources.dataSource.constraints[*].name"))
			.contains("uq_nickname_handle", "ck_account_name");
		http().post("/nicknames", TAKEN_HANDLE)
			.isProblem(409, Problems.unique("uq_nickname_handle", "/nicknames", "handle"));
		http().post("/accounts", account(2, "other@example.com", "Zq"))
			.isProblem(422, Problems.check("ck_account_name", "/accounts", "name"));
		logIsClean(output);
	}

	/** H2's version as major * 1000 + minor, such as 2_003 for 2.3.232. */
	private int h2Version() {
		return this.jdbc.execute((ConnectionCallback<Integer>) (connection) -> connection.getMetaData()
			.getDatabaseMajorVersion() * 1000 + connection.getMetaData().getDatabaseMinorVersion());
	}

	/** Creates {@code nickname}, with a unique constraint, and a row whose handle the tests send again. */
	private void createNicknames() {
		this.jdbc.execute("create table nickname ("
				+ sql("id integer generated by default as identity primary key",
						"id integer auto_increment primary key")
				+ ", handle varchar(50) not null, constraint uq_nickname_handle unique (handle))");
		this.jdbc.update("insert into nickname (handle) values ('taken-handle')");
	}

	private void addNameCheck() {
		this.jdbc.execute("alter table account add constraint ck_account_name check (char_length(name) > 2)");
	}

	private void answeredInFull(String change, Supplier<Response> violation, int status, String problem)
			throws InterruptedException {
		int polls = Polls.until(violation, status, problem);
		System.out.printf("Schema change (%s) on %s: answered in full at request %d%n", change, this.database, polls);
	}

}
