package io.github.rootcause.spring.batch;

import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.skip.NeverSkipItemSkipPolicy;
import org.springframework.batch.core.step.skip.SkipLimitExceededException;
import org.springframework.batch.core.step.skip.SkipPolicy;

import io.github.rootcause.spring.messaging.MessageOutcome;
import io.github.rootcause.spring.messaging.MessageViolation;
import io.github.rootcause.spring.messaging.ViolationOutcomes;

/**
 * Skips the items of a fault-tolerant chunk-oriented step whose reading, processing or writing violated a constraint,
 * by the outcome that {@link ViolationOutcomes} decides for the violation:
 * <ul>
 * <li>{@code acknowledge} (a duplicate of a row already imported, by a constraint configured
 * {@code rootcause.constraints.<name>.on-message: acknowledge}): skipped, whatever the number of skips;
 * <li>{@code dead-letter} and {@code retry}: skipped while the step has skipped fewer items for violations than the
 * skip limit, else the step fails with a {@link SkipLimitExceededException}. A retry is a skip here: the step
 * writes the chunk again at once, item by item, and a parent row that is missing now is missing then too. A step
 * with a retry policy of its own retries first; this policy decides once its retries are exhausted.
 * </ul>
 * A failure that is no constraint violation rootcause translated is left to the delegate: by default
 * {@link NeverSkipItemSkipPolicy}, the step fails as without rootcause. A writer must throw rootcause's typed
 * exceptions for its violations to be known: a {@code JdbcTemplate} or {@code NamedParameterJdbcTemplate} bean (which
 * rootcause translates), a JPA repository, jOOQ or MyBatis, as the application configures them.
 *
 * <p>Spring Batch calls a skip policy before skipping: when a chunk's write fails, it asks whether the failure is
 * skippable (with a skip count of {@code -1}) before writing the chunk again item by item in a scan, one transaction
 * per item; each item that fails there is asked about with the step's skip count, once. Acknowledged items are not
 * counted against the limit. It uses no type that Spring Batch 6 moved: the same policy serves Spring Batch 5.
 */
public final class ViolationSkipPolicy implements SkipPolicy {

	private final ViolationOutcomes outcomes;

	private final long skipLimit;

	private final SkipPolicy delegate;

	/**
	 * The acknowledged skips of each running step execution, which the step's skip count includes, by its step
	 * context (one per step execution while it runs; the same type in Spring Batch 5 and 6).
	 */
	private final Map<StepContext, AtomicLong> acknowledged = new WeakHashMap<>();

	/**
	 * Creates the policy, leaving every other failure unskipped.
	 * @param outcomes the decision
	 * @param skipLimit the most items a step skips for violations that it does not acknowledge
	 */
	public ViolationSkipPolicy(ViolationOutcomes outcomes, long skipLimit) {
		this(outcomes, skipLimit, new NeverSkipItemSkipPolicy());
	}

	/**
	 * Creates the policy.
	 * @param outcomes the decision
	 * @param skipLimit the most items a step skips for violations that it does not acknowledge
	 * @param delegate the policy of every failure that is no constraint violation
	 */
	public ViolationSkipPolicy(ViolationOutcomes outcomes, long skipLimit, SkipPolicy delegate) {
		this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
		if (skipLimit < 0) {
			throw new IllegalArgumentException("The skip limit must not be negative: " + skipLimit);
		}
		this.skipLimit = skipLimit;
		this.delegate = Objects.requireNonNull(delegate, "delegate");
	}

	@Override
	public boolean shouldSkip(Throwable failure, long skipCount) throws SkipLimitExceededException {
		MessageViolation violation = this.outcomes.decide(failure).orElse(null);
		if (violation == null) {
			return this.delegate.shouldSkip(failure, skipCount);
		}
		if (skipCount < 0) {
			// Spring Batch asks whether a failed chunk is worth scanning: the scan asks again for each item.
			return true;
		}
		AtomicLong acknowledgedSkips = acknowledgedSkips();
		if (violation.outcome() == MessageOutcome.ACKNOWLEDGE) {
			acknowledgedSkips.incrementAndGet();
			return true;
		}
		if (skipCount - acknowledgedSkips.get() < this.skipLimit) {
			return true;
		}
		throw new SkipLimitExceededException(this.skipLimit, failure);
	}

	/**
	 * The most items a step skips for violations that it does not acknowledge.
	 * @return the limit
	 */
	public long skipLimit() {
		return this.skipLimit;
	}

	/** The acknowledged skips of the step execution on this thread, or of none. */
	private AtomicLong acknowledgedSkips() {
		StepContext context = StepSynchronizationManager.getContext();
		if (context == null) {
			return new AtomicLong();
		}
		synchronized (this.acknowledged) {
			return this.acknowledged.computeIfAbsent(context, (step) -> new AtomicLong());
		}
	}

	@Override
	public String toString() {
		return "ViolationSkipPolicy " + this.outcomes + ", skip limit " + this.skipLimit + ", else " + this.delegate;
	}

}
