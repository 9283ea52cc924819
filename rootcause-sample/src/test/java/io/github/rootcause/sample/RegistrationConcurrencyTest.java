package io.github.rootcause.sample;

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
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients register the same email at the same moment: the create-or-get answers one 201 and, to all the
 * others, 200 with that same registration; never a 500, and exactly one row. One subclass per database.
 */
abstract class RegistrationConcurrencyTest extends SampleTest {

	private static final int CLIENTS = 32;

	@Autowired
	private JdbcTemplate jdbc;

	@RepeatedTest(5)
	void parallelIdenticalRegistrationsCreateExactlyOneRowAndNeverFail(RepetitionInfo repetition) throws Exception {
		String email = "crowd-" + repetition.getCurrentRepetition() + "@example.com";
		String body = """
				{"email": "%s", "name": "Crowd"}
				""".formatted(email);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Http.Response>> answers = new ArrayList<>();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			for (int i = 0; i < CLIENTS; i++) {
				answers.add(clients.submit(() -> {
					start.await();
					return this.http.post("/registrations", body);
				}));
			}
			start.countDown();
			Map<Integer, Integer> statuses = new TreeMap<>();
			List<Long> ids = new ArrayList<>();
			for (Future<Http.Response> answer : answers) {
				Http.Response response = answer.get();
				statuses.merge(response.status(), 1, Integer::sum);
				if (response.status() == 200 || response.status() == 201) {
					ids.add(id(response));
				}
				else {
					throw new AssertionError("Unexpected answer: " + response);
				}
			}
			assertThat(statuses).isEqualTo(Map.of(200, CLIENTS - 1, 201, 1));
			assertThat(ids).hasSize(CLIENTS).containsOnly(ids.get(0));
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from registration where email = ?", Integer.class, email))
			.isOne();
	}

}
