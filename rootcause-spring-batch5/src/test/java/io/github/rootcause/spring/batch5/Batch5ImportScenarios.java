package io.github.rootcause.spring.batch5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.rootcause.spring.batch.SkippedItem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Batch 5 import of 2,000 lines (1,000 customers, each followed by an order) holding 4 business duplicates
 * and 4 orphan orders: the job completes, writes every other line, and reports each bad line by its position, kind,
 * constraint and fields, never by value, through the chunk scan (on PostgreSQL, after the failed write aborted the
 * chunk's transaction). Run on each database by a subclass named for it.
 */
@SpringBootTest(classes = Batch5Application.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.sql.init.schema-locations=classpath:batch/schema-${rootcause.test.database}.sql")
@ExtendWith(OutputCaptureExtension.class)
abstract class Batch5ImportScenarios {

	private static final int CUSTOMERS = 1000;

	@Autowired
	private JobLauncher jobs;

	@Autowired
	private Job importJob;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MeterRegistry meters;

	@TempDir
	private Path directory;

	private Path input;

	@BeforeEach
	void startAfresh() throws IOException {
		this.jdbc.update("delete from purchase_order");
		this.jdbc.update("delete from customer");
		this.input = this.directory.resolve("import.csv");
		Files.write(this.input, lines());
	}

	@Test
	void theImportCompletesWritesEveryGoodLineAndReportsEachBadLineByPositionWithoutValues(CapturedOutput output)
			throws Exception {
		int logStart = output.getAll().length();
		double duplicatesCounted = count("unique");
		double orphansCounted = count("foreign-key");
		JobExecution execution = this.jobs.run(this.importJob,
				new JobParametersBuilder().addString("input", this.input.toString()).toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(rows("customer")).isEqualTo(CUSTOMERS - 4);
		assertThat(rows("purchase_order")).isEqualTo(CUSTOMERS - 4);
		StepExecution step = execution.getStepExecutions().iterator().next();
		assertThat(step.getWriteSkipCount()).isEqualTo(8);
		List<SkippedItem> report = Batch5ViolationSkipListener.report(execution);
		assertThat(report).hasSize(8);
		assertThat(report.stream().filter((item) -> item.kind().equals("unique")).map(SkippedItem::position))
			.containsExactlyInAnyOrderElementsOf(positions(Batch5ImportScenarios::duplicate, 1));
		assertThat(report.stream().filter((item) -> item.kind().equals("foreign-key")).map(SkippedItem::position))
			.containsExactlyInAnyOrderElementsOf(positions(Batch5ImportScenarios::orphan, 0));
		assertThat(report).filteredOn((item) -> item.kind().equals("unique")).allSatisfy((item) -> {
			assertThat(item.constraint()).isEqualToIgnoringCase("uq_customer_email");
			assertThat(item.fields()).singleElement().asString().isEqualToIgnoringCase("email");
		});
		assertThat(report).filteredOn((item) -> item.kind().equals("foreign-key"))
			.allSatisfy((item) -> assertThat(item.constraint()).isEqualToIgnoringCase("fk_order_customer"));
		assertThat(count("unique") - duplicatesCounted).isEqualTo(4);
		assertThat(count("foreign-key") - orphansCounted).isEqualTo(4);
		String log = output.getAll().substring(logStart);
		assertThat(log.lines().filter((line) -> line.contains("Skipped item "))).hasSize(8);
		assertThat(Stream.of(log.split("\\R")).filter((line) -> line.contains(" ERROR "))).isEmpty();
		for (String text : List.of(log, step.getExecutionContext().toString())) {
			assertThat(text).doesNotContain("@example.com").doesNotContainIgnoringCase("insert into");
		}
	}

	/**
	 * Customer {@code k} on line {@code 2k - 1}, its order on line {@code 2k}. A duplicate customer takes the email
	 * of customer {@code k - 7}; an orphan order is of a customer that does not exist.
	 */
	private static List<String> lines() {
		List<String> lines = new ArrayList<>(2 * CUSTOMERS);
		for (int k = 1; k <= CUSTOMERS; k++) {
			int owner = duplicate(k) ? k - 7 : k;
			lines.add("C," + k + ",customer" + owner + "@example.com,Name" + k);
			lines.add("O," + k + "," + (orphan(k) ? 900000 + k : owner));
		}
		return lines;
	}

	private static boolean duplicate(int k) {
		return k % 250 == 17;
	}

	private static boolean orphan(int k) {
		return k % 250 == 123;
	}

	/** The lines of the customers (offset 1) or orders (offset 0) that a predicate picks. */
	private static List<Long> positions(IntPredicate picked, int offset) {
		return IntStream.rangeClosed(1, CUSTOMERS).filter(picked).mapToObj((k) -> 2L * k - offset).toList();
	}

	private int rows(String table) {
		Integer count = this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
		return (count != null) ? count : 0;
	}

	private double count(String kind) {
		return this.meters.find("rootcause.violations")
			.tags("kind", kind, "outcome", "skip")
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

}
