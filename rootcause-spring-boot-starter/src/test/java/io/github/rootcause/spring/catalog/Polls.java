package io.github.rootcause.spring.catalog;

import java.util.function.Supplier;

import io.github.rootcause.spring.Http.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends a request again, 100 ms apart and at most 50 times, until it is answered with an expected problem body:
 * for answers that change once a catalog is read again in the background. Every answer before it must already
 * have the expected status (the violation is answered right, only with less detail) and leak nothing.
 */
final class Polls {

	private static final int MAX_POLLS = 50;

	private static final long PAUSE_MILLIS = 100;

	private Polls() {
	}

	/**
	 * Polls until the answer is the expected problem.
	 * @param request sends the request
	 * @param status the expected status
	 * @param problem the expected problem body
	 * @return how many requests it took, the last one included
	 * @throws InterruptedException when interrupted while pausing
	 */
	static int until(Supplier<Response> request, int status, String problem) throws InterruptedException {
		for (int poll = 1; poll < MAX_POLLS; poll++) {
			Response response = request.get();
			assertThat(response.status()).as(response.body()).isEqualTo(status);
			response.leaksNothing();
			if (matches(response, status, problem)) {
				return poll;
			}
			Thread.sleep(PAUSE_MILLIS);
		}
		request.get().isProblem(status, problem);
		return MAX_POLLS;
	}

	private static boolean matches(Response response, int status, String problem) {
		try {
			response.isProblem(status, problem);
			return true;
		}
		catch (AssertionError ex) {
			return false;
		}
	}

}
