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

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.context.ApplicationEventPublisher;

import io.github.rootcause.Cause;
import io.github.rootcause.spring.jdbc.ViolationEvent;
import io.github.rootcause.spring.messaging.MessageOutcome;
import io.github.rootcause.spring.messaging.MessageViolation;
import io.github.rootcause.spring.messaging.ViolationOutcomes;

/**
 * Reports the items a step skipped for constraint violations, by position, kind, constraint, table and fields, never
 * by value: one INFO line per item, a {@link ViolationEvent} with the outcome {@code skip} (which rootcause's metrics
 * count), and, when the step ends, the {@link ViolationSkipReport} in the step execution's execution context. An item
 * whose violation {@link ViolationOutcomes} acknowledges is skipped silently: a DEBUG line and an event with the
 * outcome {@code acknowledge}, not in the report. Items skipped for failures that are no violation are left out.
 *
 * <p>The position of an item is its 1-based ordinal among the items the step execution read, items the reader
 * failed on and the step skipped included: for a {@code FlatFileItemReader} without a header, its line number. An
 * item a processor turned into another keeps the position of the item read. A restarted step execution counts from
 * where it resumed. Register it on the step as a listener ({@code .listener(listener)}), which registers it for each
 * of the listener interfaces it implements; one listener serves every step, and steps running at once.
 */
public final class ViolationSkipListener implements StepExecutionListener, ItemReadListener<Object>,
		ItemProcessListener<Object, Object>, ItemWriteListener<Object>, SkipListener<Object, Object> {

	private static final Log logger = LogFactory.getLog(ViolationSkipListener.class);

	private final ViolationOutcomes outcomes;

	private final ApplicationEventPublisher events;

	private final Map<Long, Positions> steps = new ConcurrentHashMap<>();

	/**
	 * Creates the listener.
	 * @param outcomes the decision, which tells skipped items from acknowledged ones
	 * @param events where a {@link ViolationEvent} is published per skipped item
	 */
	public ViolationSkipListener(ViolationOutcomes outcomes, ApplicationEventPublisher events) {
		this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
		this.events = Objects.requireNonNull(events, "events");
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.steps.put(stepExecution.getId(), new Positions(stepExecution.getStepName()));
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		Positions step = this.steps.remove(stepExecution.getId());
		if (step != null && !step.skipped.isEmpty()) {
			synchronized (step.skipped) {
				stepExecution.getExecutionContext().put(ViolationSkipReport.KEY, ViolationSkipReport.lines(step.skipped));
			}
		}
		return null;
	}

	@Override
	public void afterRead(Object item) {
		Positions step = current();
		if (step != null) {
			step.items.put(item, step.read.incrementAndGet());
		}
	}

	@Override
	public void onSkipInRead(Throwable failure) {
		Positions step = current();
		long position = (step != null) ? step.read.incrementAndGet() : 0;
		skipped(step, position, failure);
	}

	@Override
	public void afterProcess(Object item, Object result) {
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

	@Override
	public void onSkipInProcess(Object item, Throwable failure) {
		Positions step = current();
		skipped(step, position(step, item), failure);
	}

	@Override
	public void afterWrite(Chunk<?> items) {
		Positions step = current();
		if (step != null) {
			for (Object item : items) {
				step.forget(item);
			}
		}
	}

	@Override
	public void onSkipInWrite(Object item, Throwable failure) {
		Positions step = current();
		skipped(step, position(step, item), failure);
	}

	/** Logs, publishes and keeps the item skipped for a violation; forgets one skipped for anything else. */
	private void skipped(Positions step, long position, Throwable failure) {
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

	private static long position(Positions step, Object item) {
		if (step == null) {
			return 0;
		}
		Object read = step.origins.getOrDefault(item, item);
		Long position = step.items.get(read);
		step.forget(item);
		return (position != null) ? position : 0;
	}

	/** The state of the step execution on this thread, or {@code null} outside a step or before it started. */
	private Positions current() {
		StepContext context = StepSynchronizationManager.getContext();
		if (context == null) {
			return null;
		}
		StepExecution execution = context.getStepExecution();
		return this.steps.computeIfAbsent(execution.getId(), (id) -> new Positions(execution.getStepName()));
	}

	@Override
	public String toString() {
		return "ViolationSkipListener " + this.outcomes;
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
