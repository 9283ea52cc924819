package io.github.rootcause.spring.existing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.rootcause.spring.Http;
import io.github.rootcause.spring.Http.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter dropped into an existing application ({@link ClinicApplication}): its catch-all advice and
 * controller handler, its DTOs and snake_case JSON, its hand-made JDBC templates. Over real HTTP, every violation
 * answers the documented problem with the client's names, the violations that nothing in the request explains
 * answer 500, everything else still reaches the application's own handlers, and a 4xx leaves no ERROR, no stack
 * trace and no row value in the log. Run on each database by a subclass named for it.
 */
@ExtendWith(OutputCaptureExtension.class)
public abstract class ExistingApplicationScenarios extends ClinicScenarios {

	/** Values written by the tests; none of them may appear in a response body or, for a 4xx, in the log. */
	private static final List<String> SECRETS = List.of("555-0100", "taken-user", "insert", "update", "select",
			"SQL", "Exception", "at io.");

	@LocalServerPort
	private int port;

	protected Http http() {
		return new Http(this.port, SECRETS);
	}

	/**
	 * Asserts that the log of this test holds no ERROR line, no stack trace and no row value.
	 * @param output the captured log
	 */
	protected static void logIsClean(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain(" ERROR ", "\tat ", "SQLState: 23", "555-0100", "taken-user");
	}

	@Test
	void aUniqueViolationThroughSpringDataJpaPointsAtTheDtosJsonName(CapturedOutput output) {
		http().post("/api/owners", """
				{"first_name": "Other", "phone": "555-0100"}""").isProblem(409, uniquePhone("/api/owners"));
		logIsClean(output);
	}

	@Test
	void aNotNullViolationThroughSpringDataJpaPointsAtTheSnakeCaseMember(CapturedOutput output) {
		Response response = http().post("/api/owners", """
				{"last_name": "Nameless"}""");
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("""
				"errors":[{"pointer":"#/first_name","field":"first_name","code":"not-null",""");
		response.leaksNothing();
		logIsClean(output);
	}

	@Test
	void aMissingReferenceThroughAHandMadeSimpleJdbcInsertPointsAtTheIdMember(CapturedOutput output) {
		http().post("/api/pets", """
				{"name": "Leo", "type_id": 999}""").isProblem(404, """
				{"type": "urn:rootcause:problem:foreign-key", "title": "Referenced record not found", "status": 404,
				 "detail": "The record referenced by type_id does not exist.", "instance": "/api/pets",
				 "kind": "foreign-key", "constraint": "fk_pet_type",
				 "errors": [{"pointer": "#/type_id", "field": "type_id", "code": "foreign-key",
				             "detail": "must reference an existing record"}]}
				""");
		logIsClean(output);
	}

	@Test
	void aCheckViolationThroughAHandMadeSimpleJdbcInsertPointsAtTheMember(CapturedOutput output) {
		http().post("/api/pets", """
				{"name": "L", "type_id": %d}""".formatted(this.dogType)).isProblem(422, """
				{"type": "urn:rootcause:problem:check", "title": "Invalid value", "status": 422,
				 "detail": "The value of name is not allowed.", "instance": "/api/pets",
				 "kind": "check", "constraint": "ck_pet_name",
				 "errors": [{"pointer": "#/name", "field": "name", "code": "check", "detail": "is not allowed"}]}
				""");
		logIsClean(output);
	}

	@Test
	void aUniqueViolationThroughAHandMadeJdbcClientPointsAtTheMemberThatDeclaresTheField(CapturedOutput output) {
		http().post("/api/users", """
				{"login": "taken-user"}""").isProblem(409, uniqueLogin("/api/users"));
		logIsClean(output);
	}

	@Test
	void aViolationBehindAnUncategorizedSqlExceptionAnswersAsTheViolation(CapturedOutput output) {
		http().post("/api/legacy/users", """
				{"login": "taken-user"}""").isProblem(409, uniqueLogin("/api/legacy/users"));
		logIsClean(output);
	}

	@Test
	void aUniqueViolationThroughAMyBatisMapperPointsAtTheDtosJsonName(CapturedOutput output) {
		http().post("/api/mybatis/owners", """
				{"first_name": "Other", "phone": "555-0100"}""").isProblem(409, uniquePhone("/api/mybatis/owners"));
		logIsClean(output);
	}

	@Test
	void aUniqueViolationThroughJooqPointsAtTheMemberThatDeclaresTheField(CapturedOutput output) {
		http().post("/api/jooq/users", """
				{"login": "taken-user"}""").isProblem(409, uniqueLogin("/api/jooq/users"));
		logIsClean(output);
	}

	/** MariaDB names only the column, which two tables have: the failed statement names the table. */
	@Test
	void aNotNullViolationThroughATemplateOutsideAnyRepositoryPointsAtTheMember(CapturedOutput output) {
		http().post("/api/pettypes", """
				{"name": null}""").isProblem(422, """
				{"type": "urn:rootcause:problem:not-null", "title": "Missing value", "status": 422,
				 "detail": "A value for name is required.", "instance": "/api/pettypes", "kind": "not-null",
				 "errors": [{"pointer": "#/name", "field": "name", "code": "not-null", "detail": "must not be null"}]}
				""");
		logIsClean(output);
	}

	@Test
	void anAnnotatedHandlerNamingTheConstraintInLowerCaseAnswersOnEveryDatabase(CapturedOutput output) {
		http().post("/api/pets", """
				{"name": "Leo", "type_id": %d, "owner_id": 999}""".formatted(this.dogType)).isProblem(404, """
				{"title": "Not Found", "status": 404, "detail": "No such owner.", "instance": "/api/pets"}""");
		logIsClean(output);
	}

	private String uniquePhone(String instance) {
		return """
				{"type": "urn:rootcause:problem:unique", "title": "Already exists", "status": 409,
				 "detail": "A record with the same phone already exists.", "instance": "%s",
				 "kind": "unique", "constraint": "%s",
				 "errors": [{"pointer": "#/phone", "field": "phone", "code": "unique", "detail": "must be unique"}]}
				""".formatted(instance, "uq_owner_telephone");
	}

	private String uniqueLogin(String instance) {
		return """
				{"type": "urn:rootcause:problem:unique", "title": "Already exists", "status": 409,
				 "detail": "A record with the same login already exists.", "instance": "%s",
				 "kind": "unique", "constraint": "%s",
				 "errors": [{"pointer": "#/login", "field": "login", "code": "unique", "detail": "must be unique"}]}
				""".formatted(instance, "uq_user_username");
	}

	@Test
	void aNotNullViolationOfADeleteWithoutBodyIsTheServersFaultAndAnswers500(CapturedOutput output) {
		this.jdbc.update("insert into pet (name, type_id) values ('Rex', ?)", this.dogType);
		http().delete("/api/pettypes/" + this.dogType).isProblem(500, """
				{"title": "Internal Server Error", "status": 500,
				 "instance": "/api/pettypes/%d"}""".formatted(this.dogType));
		assertThat(output.getAll()).contains(" ERROR ", "answered with 500 as the server's fault");
	}

	@Test
	void aUniqueViolationOnAKeyFromASequenceBehindTheRowsIsTheServersFaultAndAnswers500(CapturedOutput output) {
		int next = this.jdbc.queryForObject(nextSpecialtyId(), Integer.class) + 1;
		this.jdbc.update("insert into specialty (id, name) values (?, 'surgery')", next);
		http().post("/api/specialties", """
				{"name": "dentistry"}""").isProblem(500, """
				{"title": "Internal Server Error", "status": 500,
				 "instance": "/api/specialties"}""");
		assertThat(output.getAll()).contains(" ERROR ", "its key is generated");
	}

	private String nextSpecialtyId() {
		return switch (this.database) {
			case POSTGRESQL -> "select nextval('specialty_seq')";
			default -> "select next value for specialty_seq";
		};
	}

	/**
	 * A unique violation on an identity column behind the rows: only where an explicit key does not move the
	 * identity on (not MariaDB, whose auto-increment follows the largest key).
	 * @param output the captured log
	 */
	protected void aUniqueViolationOnAnIdentityBehindTheRowsIsTheServersFault(CapturedOutput output) {
		int last = this.jdbc.queryForObject("select max(id) from owner", Integer.class);
		this.jdbc.update("insert into owner (id, first_name) values (?, 'Explicit')", last + 1);
		http().post("/api/owners", """
				{"first_name": "Generated"}""").isProblem(500, """
				{"title": "Internal Server Error", "status": 500, "instance": "/api/owners"}""");
		assertThat(output.getAll()).contains(" ERROR ", "its key is generated");
	}

	@Test
	void theApplicationsCatchAllStillAnswersWhatIsNotAViolation() {
		Response response = http().get("/api/owners/boom");
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.body()).contains("controller catch-all");
	}

	@Test
	void theApplicationsResponseEntityExceptionHandlerStillAnswersSpringMvcsExceptions() {
		Response response = http().post("/api/pets", "{");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("catch-all");
	}

}
