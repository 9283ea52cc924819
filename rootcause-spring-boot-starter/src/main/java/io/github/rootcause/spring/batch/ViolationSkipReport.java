package io.github.rootcause.spring.batch;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The items a step execution skipped for constraint violations, as {@link ViolationSkipListener} left them in its
 * execution context when the step ended: readable from the {@link JobExecution} that {@code JobOperator.start} (or a
 * {@code JobRepository} lookup) returns, and stored with the step's execution context by the job repository. It
 * holds names only (position, kind, constraint, table, fields), never a value, and not the items acknowledged
 * silently.
 */
public final class ViolationSkipReport {

	/**
	 * The key of the report in a step execution's execution context: a list of strings, one per skipped item, its
	 * position, kind, constraint, table and fields separated by tabs.
	 */
	public static final String KEY = "rootcause.skipped-items";

	private ViolationSkipReport() {
	}

	/**
	 * The items a step execution skipped for violations, in the order they were skipped.
	 * @param step the step execution, once ended
	 * @return the skipped items; empty when none was, or when the step had no {@link ViolationSkipListener}
	 */
	public static List<SkippedItem> of(StepExecution step) {
		return ofValue(step.getExecutionContext().get(KEY));
	}

	/**
	 * The items of a report as a step execution's execution context holds it, under {@link #KEY}: for the listeners
	 * of other Spring Batch versions.
	 * @param value the value under {@link #KEY}, or {@code null}
	 * @return the skipped items; empty for no report
	 */
	public static List<SkippedItem> ofValue(@Nullable Object value) {
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		List<SkippedItem> items = new ArrayList<>(list.size());
		for (Object line : list) {
			items.add(SkippedItem.ofLine((String) line));
		}
		return List.copyOf(items);
	}

	/**
	 * The items every step of a job execution skipped for violations, step after step.
	 * @param job the job execution, once ended
	 * @return the skipped items
	 */
	public static List<SkippedItem> of(JobExecution job) {
		List<SkippedItem> items = new ArrayList<>();
		for (StepExecution step : job.getStepExecutions()) {
			items.addAll(of(step));
		}
		return List.copyOf(items);
	}

	/** The value stored under {@link #KEY}. */
	static ArrayList<String> lines(List<SkippedItem> items) {
		ArrayList<String> lines = new ArrayList<>(items.size());
		for (SkippedItem item : items) {
			lines.add(item.line());
		}
		return lines;
	}

}
