package io.github.rootcause.spring.kafka;

import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

import io.github.rootcause.spring.messaging.RetrySettings;

/**
 * The back-off of a record whose violation is retried: {@link RetrySettings#maxAttempts()} deliveries in all, waiting
 * {@link RetrySettings#interval(int)} before each retry; each wait announced to {@code onRetry}, since it means one
 * more delivery. Spring Framework's own back-offs are not used because their attempt counting differs between the
 * Spring lines rootcause runs on.
 */
final class ViolationBackOff implements BackOff {

	private final RetrySettings settings;

	private final Runnable onRetry;

	ViolationBackOff(RetrySettings settings, Runnable onRetry) {
		this.settings = settings;
		this.onRetry = onRetry;
	}

	@Override
	public BackOffExecution start() {
		return new BackOffExecution() {

			private int retries;

			@Override
			public long nextBackOff() {
				if (this.retries + 1 >= ViolationBackOff.this.settings.maxAttempts()) {
					return STOP;
				}
				this.retries++;
				ViolationBackOff.this.onRetry.run();
				return ViolationBackOff.this.settings.interval(this.retries).toMillis();
			}

		};
	}

	@Override
	public String toString() {
		return "ViolationBackOff" + this.settings;
	}

}
