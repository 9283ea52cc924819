package io.github.rootcause.spring.messaging;

import java.time.Duration;
import java.util.Objects;

/**
 * How a message whose violation is to be retried is delivered again: at most {@code maxAttempts} deliveries in all,
 * the first included, waiting {@code initialInterval}, then that times {@code multiplier} each time, at most
 * {@code maxInterval}; then it is dead-lettered.
 *
 * @param maxAttempts deliveries in all, at least 1
 * @param initialInterval the wait before the first retry
 * @param multiplier the factor of each next wait, at least 1
 * @param maxInterval the longest wait
 */
public record RetrySettings(int maxAttempts, Duration initialInterval, double multiplier, Duration maxInterval) {

	/**
	 * Checks the settings.
	 * @param maxAttempts deliveries in all, at least 1
	 * @param initialInterval the wait before the first retry
	 * @param multiplier the factor of each next wait, at least 1
	 * @param maxInterval the longest wait
	 */
	public RetrySettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
		}
		Objects.requireNonNull(initialInterval, "initialInterval");
		Objects.requireNonNull(maxInterval, "maxInterval");
		if (multiplier < 1) {
			throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
		}
	}

	/**
	 * The wait before a retry.
	 * @param retry the retry, 1 for the first
	 * @return the wait
	 */
	public Duration interval(int retry) {
		double millis = this.initialInterval.toMillis() * Math.pow(this.multiplier, Math.max(0, retry - 1));
		return (millis >= this.maxInterval.toMillis()) ? this.maxInterval : Duration.ofMillis((long) millis);
	}

}
