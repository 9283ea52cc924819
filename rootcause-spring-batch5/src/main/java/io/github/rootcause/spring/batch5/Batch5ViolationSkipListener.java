package io.github.rootcause.spring.batch5;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.annotation.AfterProcess;
import org.springframework.batch.core.annotation.AfterRead;
import org.springframework.batch.core.annotation.AfterStep;
import org.springframework.batch.core.annotation.AfterWrite;
import org.springframework.batch.core.annotation.BeforeStep;
import org.springframework.batch.core.annotation.OnSkipInProcess;
import org.springframework.batch.core.annotation.OnSkipInRead;
import org.springframework.batch.core.annotation.OnSkipInWrite;
import org.springframework.batch.item.Chunk;
import org.springframework.context.ApplicationEventPublisher;

import io.github.rootcause.spring.batch.SkippedItem;
import io.github.rootcause.spring.batch.SkippedItems;
import io.github.rootcause.spring.batch.ViolationSkipReport;
import io.github.rootcause.spring.messaging.ViolationOutcomes;

/**
 * The starter's {@code ViolationSkipListener} for Spring Batch 5: reports the items a step skipped for constraint
 * violations, by position, kind, constraint, table and fields, never by value (an INFO line and a
 * {@code ViolationEvent} per item, and the report in the step execution's execution context under
 * {@link ViolationSkipReport#KEY}, read with {@link #report(JobExecution)}). Its methods carry Spring Batch's
 * listener annotations, not its interfaces, so that one call registers all of them on a step:
 *
 * <pre class="code">
 * new StepBuilder("import", jobRepository).&lt;Line, Line&gt;chunk(100, transactionManager)
 *     .reader(reader).writer(writer)
 *     .faultTolerant().skipPolicy(skipPolicy)
 *     .listener(skipListener)
 *     .build();
 * </pre>
 */
public final class Batch5ViolationSkipListener {

	private final SkippedItems items;

	/**
	 * Creates the listener.
	 * @param outcomes the decision, which tells skipped items from acknowledged ones
	 * @param events where a {@code ViolationEvent} is published per skipped item
	 */
	public Batch5ViolationSkipListener(ViolationOutcomes outcomes, ApplicationEventPublisher events) {
		this.items = new SkippedItems(outcomes, events);
	}

	/**
	 * The items a step execution skipped for violations, once it ended.
	 * @param step the step execution
	 * @return the skipped items; empty when none was, or when the step had no such listener
	 */
	public static List<SkippedItem> report(StepExecution step) {
		return ViolationSkipReport.ofValue(step.getExecutionContext().get(ViolationSkipReport.KEY));
	}

	/**
	 * The items every step of a job execution skipped for violations, step after step.
	 * @param job the job execution, once ended
	 * @return the skipped items
	 */
	public static List<SkippedItem> report(JobExecution job) {
		List<SkippedItem> items = new ArrayList<>();
		for (StepExecution step : job.getStepExecutions()) {
			items.addAll(report(step));
		}
		return List.copyOf(items);
	}

	/**
	 * A step execution starts.
	 * @param stepExecution the step execution
	 */
	@BeforeStep
	public void beforeStep(StepExecution stepExecution) {
		this.items.stepStarted();
	}

	/**
	 * A step execution ends: its report goes to its execution context.
	 * @param stepExecution the step execution
	 * @return {@code null}: the exit status stays as it is
	 */
	@AfterStep
	public ExitStatus afterStep(StepExecution stepExecution) {
		ArrayList<String> report = this.items.stepEnded();
		if (report != null) {
			stepExecution.getExecutionContext().put(ViolationSkipReport.KEY, report);
		}
		return null;
	}

	/**
	 * An item was read.
	 * @param item the item
	 */
	@AfterRead
	public void afterRead(Object item) {
		this.items.read(item);
	}

	/**
	 * The reader failed on an item, which the step skipped.
	 * @param failure the failure
	 */
	@OnSkipInRead
	public void onSkipInRead(Throwable failure) {
		this.items.readSkipped(failure);
	}

	/**
	 * A processor turned an item into another, or filtered it.
	 * @param item the item read
	 * @param result what the processor returned
	 */
	@AfterProcess
	public void afterProcess(Object item, Object result) {
		this.items.processed(item, result);
	}

	/**
	 * The step skipped an item that failed in its processor.
	 * @param item the item
	 * @param failure the failure
	 */
	@OnSkipInProcess
	public void onSkipInProcess(Object item, Throwable failure) {
		this.items.skipped(item, failure);
	}

	/**
	 * Items were written.
	 * @param items the items
	 */
	@AfterWrite
	public void afterWrite(Chunk<?> items) {
		this.items.written(items);
	}

	/**
	 * The step skipped an item that failed in its writer.
	 * @param item the item
	 * @param failure the failure
	 */
	@OnSkipInWrite
	public void onSkipInWrite(Object item, Throwable failure) {
		this.items.skipped(item, failure);
	}

	@Override
	public String toString() {
		return "Batch5ViolationSkipListener " + this.items;
	}

}
