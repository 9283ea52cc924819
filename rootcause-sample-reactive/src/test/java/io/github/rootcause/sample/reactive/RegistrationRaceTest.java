package io.github.rootcause.sample.reactive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients register the same email at the same moment over R2DBC: exactly one 201, every other the 409 problem
 * of {@code uq_registration_email}, or, through the create-or-get of {@code ReactiveViolationGuard} in a reactive
 * transaction, 200 with that same registration; never a 500, and exactly one row. One subclass per database.
 */
abstract class RegistrationRaceTest extends ReactiveSampleTest {

	private static final int CLIENTS = 32;

	@Autowired
	private DatabaseClient database;

	@RepeatedTest(3)
	void parallelIdenticalRegistrationsGiveOne201AndOnly409s(RepetitionInfo repetition) throws Exception {
		String email = "crowd-" + repetition.getCurrentRepetition() + "@example.com";
		String body = """
				{"email": "%s", "name": "Crowd"}
				""".formatted(email);
		Map<Integer, Integer> statuses = new TreeMap<>();
		for (Response response : race("/registrations", body)) {
			statuses.merge(response.status(), 1, Integer::sum);
			if (response.status() == 409) {
				assertViolation(response, "unique", "uq_registration_email", "email", "email already registered",
						"/registrations");
			}
			else {
				assertCreated(response);
			}
		}
		assertThat(statuses).isEqualTo(Map.of(201, 1, 409, CLIENTS - 1));
		assertThat(rows(email)).isOne();
	}

	@RepeatedTest(3)
	void parallelIdenticalCreateOrGetsInReactiveTransactionsGiveOne201AndTheSameRegistrationToAllOthers(
			RepetitionInfo repetition) throws Exception {
		String email = "guarded-" + repetition.getCurrentRepetition() + "@example.com";
		String body = """
				{"email": "%s", "name": "Guarded"}
				""".formatted(email);
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<Long> ids = new ArrayList<>();
		for (Response response : race("/registrations/create-or-get", body)) {
			statuses.merge(response.status(), 1, Integer::sum);
			assertThat(response.status()).as(response.toString()).isIn(200, 201);
			ids.add(id(response));
		}
		assertThat(statuses).isEqualTo(Map.of(200, CLIENTS - 1, 201, 1));
		assertThat(ids).hasSize(CLIENTS).containsOnly(ids.get(0));
		assertThat(rows(email)).isOne();
	}

	/** The answers of {@value #CLIENTS} clients posting the same body at the same moment. */
	private List<Response> race(String path, String body) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Response>> answers = new ArrayList<>();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			for (int i = 0; i < CLIENTS; i++) {
				answers.add(clients.submit(() -> {
					start.await();
					return post(path, body);
				}));
			}
			start.countDown();
			List<Response> responses = new ArrayList<>(CLIENTS);
			for (Future<Response> answer : answers) {
				responses.add(answer.get());
			}
			return responses;
		}
		finally {
			clients.shutdownNow();
		}
	}

	private Long rows(String email) {
		return this.database.sql("select count(*) from registration where email = :email")
			.bind("email", email)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

}
