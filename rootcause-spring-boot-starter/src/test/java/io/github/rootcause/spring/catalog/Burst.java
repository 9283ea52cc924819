package io.github.rootcause.spring.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import io.github.rootcause.spring.Http.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests sent all at once: each from a thread of its own, held at a start gate until every thread is ready, and
 * timed from the gate's opening to its answer. Bounded: the threads are given 30 seconds to answer, then stopped.
 */
final class Burst {

	private static final long BOUND_SECONDS = 30;

	private Burst() {
	}

	/**
	 * Sends the requests and waits for their answers.
	 * @param size how many requests
	 * @param request sends the request of the given number, from 0 to {@code size - 1}
	 * @return the answers, in the requests' order
	 * @throws Exception when a request fails or the bound passes
	 */
	static List<Answer> send(int size, IntFunction<Response> request) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(size);
		CountDownLatch ready = new CountDownLatch(size);
		CountDownLatch gate = new CountDownLatch(1);
		AtomicLong start = new AtomicLong();
		try {
			List<Future<Answer>> answers = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				int number = i;
				answers.add(threads.submit(() -> {
					ready.countDown();
					gate.await();
					Response response = request.apply(number);
					return new Answer(response, Duration.ofNanos(System.nanoTime() - start.get()));
				}));
			}
			assertThat(ready.await(BOUND_SECONDS, TimeUnit.SECONDS)).as("every thread ready").isTrue();
			start.set(System.nanoTime());
			gate.countDown();
			List<Answer> answered = new ArrayList<>(size);
			for (Future<Answer> answer : answers) {
				answered.add(answer.get(BOUND_SECONDS, TimeUnit.SECONDS));
			}
			return answered;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * The latest of the answers.
	 * @param answers the answers
	 * @return how long after the gate opened the last one arrived
	 */
	static Duration last(List<Answer> answers) {
		return answers.stream().map(Answer::after).max(Duration::compareTo).orElse(Duration.ZERO);
	}

	/**
	 * One answer of a burst.
	 * @param response the response
	 * @param after how long after the gate opened it arrived
	 */
	record Answer(Response response, Duration after) {
	}

}
