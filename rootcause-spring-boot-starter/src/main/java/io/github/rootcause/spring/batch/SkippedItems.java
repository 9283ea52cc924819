package io.github.rootcause.spring.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.context.ApplicationEventPublisher;

import io.github.rootcause.Cause;
import io.github.rootcause.spring.jdbc.ViolationEvent;
import io.github.rootcause.spring.messaging.MessageOutcome;
import io.github.rootcause.spring.messaging.MessageViolation;
import io.github.rootcause.spring.messaging.ViolationOutcomes;

/**
 * What a skip listener knows of the step executions it follows, whichever Spring Batch calls it: the position of each
 * item read and not yet written or skipped, and the items skipped for violations. The one logic behind
 * {@link ViolationSkipListener} (Spring Batch 6) and the Spring Batch 5 listener of {@code rootcause-spring-batch5},
 * which only hand it what their Spring Batch tells them. It finds the step execution of a call by Spring Batch's
 * {@link StepSynchronizationManager}, whose types are the same in both.
 */
public final class SkippedItems {

	private static final Log logger = LogFactory.getLog(SkippedItems.class);

	private final ViolationOutcomes outcomes;

	private final ApplicationEventPublisher events;

	private final Map<String, Positions> steps = new ConcurrentHashMap<>();

	/**
	 * Creates the record of skipped items.
	 * @param outcomes the decision, which tells skipped items from acknowledged ones
	 * @param events where a {@link ViolationEvent} is published per skipped item
	 */
	public SkippedItems(ViolationOutcomes outcomes, ApplicationEventPublisher events) {
		this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
		this.events = Objects.requireNonNull(events, "events");
	}

	/** The step execution on this thread starts: it counts from its first item. */
	public void stepStarted() {
		StepContext context = StepSynchronizationManager.getContext();
		if (context != null) {
			this.steps.put(context.getId(), new Positions(context.getStepName()));
		}
	}

	/**
	 * The step execution on this thread ends: its report, to store under {@link ViolationSkipReport#KEY} in its
	 * execution context.
	 * @return the report's lines, or {@code null} when the step skipped no item for a violation
	 */
	public @Nullable ArrayList<String> stepEnded() {
		StepContext context = StepSynchronizationManager.getContext();
		Positions step = (context != null) ? this.steps.remove(context.getId()) : null;
		if (step == null || step.skipped.isEmpty()) {
			return null;
		}
		synchronized (step.skipped) {
			return ViolationSkipReport.lines(step.skipped);
		}
	}

	/**
	 * An item was read.
	 * @param item the item
	 */
	public void read(Object item) {
		Positions step = current();
		if (step != null) {
			step.items.put(item, step.read.incrementAndGet());
		}
	}

	/**
	 * The reader failed on an item, which the step skipped.
	 * @param failure the failure
	 */
	public void readSkipped(Throwable failure) {
		Positions step = current();
		long position = (step != null) ? step.read.incrementAndGet() : 0;
		skipped(step, position, failure);
	}

	/**
	 * A processor turned an item into another, or filtered it.
	 * @param item the item read
	 * @param result what the processor returned, {@code null} when it filtered the item
	 */
	public void processed(Object item, @Nullable Object result) {
		Positions step = current();
		if (step == null) {
			return;
		}
		if (result == null) {
			step.items.remove(item);
		}
		else if (result != item) {
			step.origins.put(result, item);
		}
	}

	/**
	 * The step skipped an item that failed in its processor, or in its writer.
	 * @param item the item (as the processor returned it, for the writer)
	 * @param failure the failure
	 */
	public void skipped(Object item, Throwable failure) {
		Positions step = current();
		skipped(step, position(step, item), failure);
	}

	/**
	 * Items were written.
	 * @param items the items
	 */
	public void written(Iterable<?> items) {
		Positions step = current();
		if (step != null) {
			for (Object item : items) {
				step.forget(item);
			}
		}
	}

	/** Logs, publishes and keeps the item skipped for a violation; forgets one skipped for anything else. */
	private void skipped(@Nullable Positions step, long position, Throwable failure) {
		MessageViolation violation = this.outcomes.decide(failure).orElse(null);
		if (violation == null) {
			return;
		}
		Cause cause = violation.cause();
		SkippedItem item = new SkippedItem(position, violation.kind(), cause.constraint().orElse(""),
				cause.table().orElse(""), cause.fields().isEmpty() ? cause.columns() : cause.fields());
		String stepName = (step != null) ? step.name : "(unknown)";
		if (violation.outcome() == MessageOutcome.ACKNOWLEDGE) {
			if (logger.isDebugEnabled()) {
				logger.debug("Acknowledged " + item.describe() + " in step '" + stepName + "'");
			}
			this.events.publishEvent(ViolationEvent.outsideHttp(cause, MessageOutcome.ACKNOWLEDGE.tag()));
			return;
		}
		logger.info("Skipped " + item.describe() + " in step '" + stepName + "'");
		this.events.publishEvent(ViolationEvent.outsideHttp(cause, "skip"));
		if (step != null) {
			step.skipped.add(item);
		}
	}

	private static long position(@Nullable Positions step, Object item) {
		if (step == null) {
			return 0;
		}
		Object read = step.origins.getOrDefault(item, item);
		Long position = step.items.get(read);
		step.forget(item);
		return (position != null) ? position : 0;
	}

	/** The state of the step execution on this thread, or {@code null} outside a step. */
	private @Nullable Positions current() {
		StepContext context = StepSynchronizationManager.getContext();
		if (context == null) {
			return null;
		}
		return this.steps.computeIfAbsent(context.getId(), (id) -> new Positions(context.getStepName()));
	}

	@Override
	public String toString() {
		return "SkippedItems " + this.outcomes;
	}

	/**
	 * The positions of the items a step execution read and has not yet written or skipped, by identity; the item
	 * read of each item a processor returned; and the items skipped.
	 */
	private static final class Positions {

		final String name;

		final AtomicLong read = new AtomicLong();

		final Map<Object, Long> items = Collections.synchronizedMap(new IdentityHashMap<>());

		final Map<Object, Object> origins = Collections.synchronizedMap(new IdentityHashMap<>());

		final List<SkippedItem> skipped = Collections.synchronizedList(new ArrayList<>());

		Positions(String name) {
			this.name = name;
		}

		/** Forgets an item written or skipped, and the item it was processed from. */
		void forget(Object item) {
			Object read = this.origins.remove(item);
			this.items.remove((read != null) ? read : item);
		}

	}

}
