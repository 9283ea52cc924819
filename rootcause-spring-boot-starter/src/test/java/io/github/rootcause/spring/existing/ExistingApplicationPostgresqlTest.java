package io.github.rootcause.spring.existing;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;

/**
 * The existing application with the starter dropped in, on Postgresql.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class ExistingApplicationPostgresqlTest extends ExistingApplicationScenarios {

	@Test
	void aUniqueViolationOnAnIdentityBehindTheRowsIsTheServersFaultAndAnswers500(
			CapturedOutput output) {
		aUniqueViolationOnAnIdentityBehindTheRowsIsTheServersFault(output);
	}

	/** PostgreSQL refuses the next statement (25P02) and names the violation that aborted the transaction. */
	@Test
	void theAbortedTransactionAfterACaughtViolationAnswersAsThatViolation(CapturedOutput output) {
		http().post("/api/users/lenient", """
				{"login": "taken-user"}""").isProblem(409, """
				{"type": "urn:rootcause:problem:unique", "title": "Already exists", "status": 409,
				 "detail": "A record with the same login already exists.", "instance": "/api/users/lenient",
				 "kind": "unique", "constraint": "uq_user_username",
				 "errors": [{"pointer": "#/login", "field": "login", "code": "unique", "detail": "must be unique"}]}
				""");
		logIsClean(output);
	}

}
