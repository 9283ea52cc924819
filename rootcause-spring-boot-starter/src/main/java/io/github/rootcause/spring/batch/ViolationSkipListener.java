package io.github.rootcause.spring.batch;

import java.util.ArrayList;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.context.ApplicationEventPublisher;

import io.github.rootcause.spring.jdbc.ViolationEvent;
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
 * of the listener interfaces it implements; one listener serves every step, and steps running at once. It hands what
 * Spring Batch tells it to {@link SkippedItems}.
 */
public final class ViolationSkipListener implements StepExecutionListener, ItemReadListener<Object>,
		ItemProcessListener<Object, Object>, ItemWriteListener<Object>, SkipListener<Object, Object> {

	private final SkippedItems items;

	/**
	 * Creates the listener.
	 * @param outcomes the decision, which tells skipped items from acknowledged ones
	 * @param events where a {@link ViolationEvent} is published per skipped item
	 */
	public ViolationSkipListener(ViolationOutcomes outcomes, ApplicationEventPublisher events) {
		this.items = new SkippedItems(outcomes, events);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.items.stepStarted();
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		ArrayList<String> report = this.items.stepEnded();
		if (report != null) {
			stepExecution.getExecutionContext().put(ViolationSkipReport.KEY, report);
		}
		return null;
	}

	@Override
	public void afterRead(Object item) {
		this.items.read(item);
	}

	@Override
	public void onSkipInRead(Throwable failure) {
		this.items.readSkipped(failure);
	}

	@Override
	public void afterProcess(Object item, Object result) {
		this.items.processed(item, result);
	}

	@Override
	public void onSkipInProcess(Object item, Throwable failure) {
		this.items.skipped(item, failure);
	}

	@Override
	public void afterWrite(Chunk<?> items) {
		this.items.written(items);
	}

	@Override
	public void onSkipInWrite(Object item, Throwable failure) {
		this.items.skipped(item, failure);
	}

	@Override
	public String toString() {
		return "ViolationSkipListener " + this.items;
	}

}
