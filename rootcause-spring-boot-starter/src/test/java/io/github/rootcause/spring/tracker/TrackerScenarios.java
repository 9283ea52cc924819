package io.github.rootcause.spring.tracker;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.rootcause.spring.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker ({@link TrackerApplication}) over real HTTP: a violation of a join table or a collection table answers
 * the collection member the client sent, and an answer names no entity attribute that the request body does not
 * hold. Seeded before each test with the user {@code ada}, the label {@code bug} and the issue {@code Taken}.
 * Run on each database by a subclass named for it; one application context per database, with a pool of two.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = TrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.sql.init.schema-locations=classpath:tracker/schema-${rootcause.test.database}.sql",
				"spring.datasource.hikari.maximum-pool-size=2" })
abstract class TrackerScenarios {

	/** The SQL, the columns, the attributes the bodies do not hold, and the values written. */
	private static final List<String> SECRETS = List.of("insert into", "delete from", "issue_id",
			"label_id", "reporter", "999999", "Exception");

	@Autowired
	protected JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	private int ada;

	private int bug;

	@BeforeEach
	void seed() {
		this.jdbc.update("delete from issue_tag");
		this.jdbc.update("delete from issue_label");
		this.jdbc.update("delete from issue");
		this.jdbc.update("delete from label");
		this.jdbc.update("delete from tracker_user");
		this.jdbc.update("insert into tracker_user (username) values ('ada')");
		this.ada = this.jdbc.queryForObject("select id from tracker_user", Integer.class);
		this.jdbc.update("insert into label (name) values ('bug')");
		this.bug = this.jdbc.queryForObject("select id from label", Integer.class);
		this.jdbc.update("insert into issue (name, reporter_id) values ('Taken', ?)", this.ada);
	}

	@Test
	void aLabelIdWithNoRowInAManyToManyAnswers404PointingAtTheCollectionMember(CapturedOutput output) {
		http().post("/issues", """
				{"title": "Crash", "username": "ada", "labels": [%d, 999999], "tags": []}""".formatted(this.bug))
			.isProblem(404, """
					{"type": "urn:rootcause:problem:foreign-key", "title": "Referenced record not found",
					 "status": 404, "detail": "The record referenced by labels does not exist.",
					 "instance": "/issues", "kind": "foreign-key", "constraint": "%s",
					 "errors": [{"pointer": "#/labels", "field": "labels", "code": "foreign-key",
					             "detail": "must reference an existing record"}]}
					""".formatted("fk_issue_label_label"));
		assertThat(this.jdbc.queryForObject("select count(*) from issue", Integer.class)).isOne();
		assertThat(output.getAll()).doesNotContain("999999", " ERROR ");
	}

	@Test
	void aLabelIdWithNoRowAnswers404PointingAtTheIdsMemberThatCarriesTheCollection() {
		http().post("/issues/form", """
				{"name": "Crash", "reporterId": %d, "labelIds": [999999]}""".formatted(this.ada))
			.isProblem(404, """
					{"type": "urn:rootcause:problem:foreign-key", "title": "Referenced record not found",
					 "status": 404, "detail": "The record referenced by labelIds does not exist.",
					 "instance": "/issues/form", "kind": "foreign-key", "constraint": "%s",
					 "errors": [{"pointer": "#/labelIds", "field": "labelIds", "code": "foreign-key",
					             "detail": "must reference an existing record"}]}
					""".formatted("fk_issue_label_label"));
	}

	@Test
	void deletingALabelThatAnIssueStillCarriesAnswers409StillReferencedWithoutErrors() {
		this.jdbc.update("insert into issue_label (issue_id, label_id) select id, ? from issue", this.bug);
		http().delete("/labels/" + this.bug).isProblem(409, """
				{"type": "urn:rootcause:problem:foreign-key", "title": "Still referenced", "status": 409,
				 "detail": "The record is still referenced by other records.", "instance": "/labels/%d",
				 "kind": "foreign-key", "constraint": "%s"}
				""".formatted(this.bug, "fk_issue_label_label"));
	}

	@Test
	void aDuplicateElementOfAnElementCollectionAnswers409PointingAtTheCollectionMember() {
		http().post("/issues", """
				{"title": "Crash", "username": "ada", "labels": [], "tags": ["ui", "ui"]}""")
			.isProblem(409, """
					{"type": "urn:rootcause:problem:unique", "title": "Already exists", "status": 409,
					 "detail": "A record with the same tags already exists.", "instance": "/issues",
					 "kind": "unique", "constraint": "%s",
					 "errors": [{"pointer": "#/tags", "field": "tags", "code": "unique", "detail": "must be unique"}]}
					""".formatted("uq_issue_tag"));
	}

	/** The body's {@code title} carries the attribute {@code name}; nothing says so, so neither is named. */
	@Test
	void aDuplicateOfAnAttributeTheBodyNamesOtherwiseAnswers409WithoutNamingTheAttribute() {
		http().post("/issues", """
				{"title": "Taken", "username": "ada", "labels": [], "tags": []}""").isProblem(409, """
				{"type": "urn:rootcause:problem:unique", "title": "Already exists", "status": 409,
				 "detail": "A record with the same values already exists.", "instance": "/issues",
				 "kind": "unique", "constraint": "%s"}
				""".formatted("uq_issue_name"));
	}

	/** The body's {@code username} finds no user, so the attribute {@code reporter} is null: never named. */
	@Test
	void aMissingValueOfAnAttributeTheBodyDoesNotHoldAnswers422WithoutNamingTheAttribute() {
		http().post("/issues", """
				{"title": "Crash", "username": "nobody", "labels": [], "tags": []}""").isProblem(422, """
				{"type": "urn:rootcause:problem:not-null", "title": "Missing value", "status": 422,
				 "detail": "A required value is missing.", "instance": "/issues", "kind": "not-null"}
				""");
	}

	@Test
	void aDuplicateOfAnAttributeTheBodyNamesAlikeAnswers409PointingAtTheMember() {
		http().post("/issues/form", """
				{"name": "Taken", "reporterId": %d, "labelIds": []}""".formatted(this.ada))
			.isProblem(409, """
					{"type": "urn:rootcause:problem:unique", "title": "Already exists", "status": 409,
					 "detail": "A record with the same name already exists.", "instance": "/issues/form",
					 "kind": "unique", "constraint": "%s",
					 "errors": [{"pointer": "#/name", "field": "name", "code": "unique", "detail": "must be unique"}]}
					""".formatted("uq_issue_name"));
	}

	/**
	 * Requests to the running tracker, whose answers must hold none of the secrets.
	 * @return the client
	 */
	protected Http http() {
		return new Http(this.port, SECRETS);
	}

}
