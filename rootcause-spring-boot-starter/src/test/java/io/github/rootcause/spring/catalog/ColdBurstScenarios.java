package io.github.rootcause.spring.catalog;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.annotation.DirtiesContext;

import io.github.rootcause.spring.catalog.Burst.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first violations after the application started, 32 at once on a pool of two connections, each request
 * holding its connection while its violation is read: all answer the full problem, the constraint and the field
 * (which on MariaDB, whose error names only the index, takes the catalog), and none waits on the pool for a
 * catalog. Before the catalog was read at startup, 30 of them answered 500 after the pool's timeout. Each test
 * runs on an application of its own, so that its burst holds the very first violations; one request that violates
 * nothing goes first, so that the bound measures waits on the pool rather than the loading of the classes that
 * answer a request. Run on each database by a subclass named for it.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
abstract class ColdBurstScenarios extends CatalogScenarios {

	private static final int REQUESTS = 32;

	/** Far below the pool's 10 s timeout: no request waited for a connection that another one held. */
	private static final Duration BOUND = Duration.ofSeconds(5);

	@Test
	void thirtyTwoFirstDuplicatesAtTheStatementAllAnswer409NamingTheField(CapturedOutput output) throws Exception {
		warmUp("/accounts", account(2, "first@example.com", "First"));
		List<Answer> answers = Burst.send(REQUESTS,
				(n) -> http().post("/accounts", account(100 + n, SEEDED_EMAIL, "Burst")));
		assertThat(answers).allSatisfy((answer) -> answer.response()
			.isProblem(409, Problems.unique("uq_account_email", "/accounts", "email")));
		answeredWithinTheBound("statement", answers);
		logIsClean(output);
	}

	@Test
	void thirtyTwoFirstDuplicatesAtCommitAllAnswer409NamingTheField(CapturedOutput output) throws Exception {
		warmUp("/accounts/at-commit", account(2, "first@example.com", "First"));
		List<Answer> answers = Burst.send(REQUESTS,
				(n) -> http().post("/accounts/at-commit", account(100 + n, SEEDED_EMAIL, "Burst")));
		assertThat(answers).allSatisfy((answer) -> answer.response()
			.isProblem(409, Problems.unique("uq_account_email", "/accounts/at-commit", "email")));
		answeredWithinTheBound("commit", answers);
		logIsClean(output);
	}

	@Test
	void thirtyTwoFirstMissingReferencesThroughAHandMadeTemplateAllAnswer404NamingTheField(CapturedOutput output)
			throws Exception {
		warmUp("/sessions", """
				{"accountId": 1}""");
		List<Answer> answers = Burst.send(REQUESTS, (n) -> http().post("/sessions", """
				{"accountId": %d}""".formatted(900 + n)));
		assertThat(answers).allSatisfy((answer) -> answer.response()
			.isProblem(404, Problems.missingReference("fk_session_account", "/sessions", "accountId")));
		answeredWithinTheBound("foreign key", answers);
		logIsClean(output);
	}

	private void warmUp(String path, String json) {
		assertThat(http().post(path, json).status()).isEqualTo(201);
	}

	private void answeredWithinTheBound(String burst, List<Answer> answers) {
		Duration last = Burst.last(answers);
		System.out.printf("Cold burst (%s) on %s: %d answers, the last %d ms after the start%n", burst,
				this.database, answers.size(), last.toMillis());
		assertThat(last).as("the last answer of the burst").isLessThan(BOUND);
	}

}
