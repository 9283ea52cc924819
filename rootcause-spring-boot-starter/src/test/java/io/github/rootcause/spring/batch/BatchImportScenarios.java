package io.github.rootcause.spring.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.rootcause.spring.metrics.ViolationMetrics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Batch import of 10,000 lines (5,000 customers, each followed by an order) holding 20 business duplicates
 * (a customer with a new id and the email of an earlier one) and 20 orphans (an order of a customer that does not
 * exist), spread through the input: the job completes, writes every other line, and reports each bad line by its
 * position, kind, constraint and fields, never by value. Each bad line fails the write of its chunk of 100; on
 * PostgreSQL that aborts the chunk's transaction, and the step writes the chunk again item by item (the chunk
 * scan), each in a transaction of its own. A re-import of the same file acknowledges the lines already imported
 * (their primary keys configured {@code on-message: acknowledge}; the first import's rows inserted directly) and
 * skips the same 40 bad lines, with a skip limit
 * of 40 that the 9,960 acknowledged lines do not count against. Run on each database by a subclass named for it.
 */
@SpringBootTest(classes = BatchApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.sql.init.schema-locations=classpath:batch/schema-${rootcause.test.database}.sql",
				"rootcause.constraints.pk_customer.on-message=acknowledge",
				"rootcause.constraints.pk_purchase_order.on-message=acknowledge", "rootcause.batch.skip-limit=40" })
@ExtendWith(OutputCaptureExtension.class)
abstract class BatchImportScenarios {

	private static final int CUSTOMERS = 5000;

	@Autowired
	private JobOperator jobs;

	@Autowired
	private Job importJob;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MeterRegistry meters;

	@TempDir
	private Path directory;

	private Path input;

	private int logStart;

	@BeforeEach
	void startAfresh(CapturedOutput output) throws IOException {
		this.jdbc.update("delete from purchase_order");
		this.jdbc.update("delete from customer");
		this.input = this.directory.resolve("import.csv");
		Files.write(this.input, lines());
		this.logStart = output.getAll().length();
	}

	@Test
	void theImportCompletesWritesEveryGoodLineAndReportsEachBadLineByPositionWithoutValues(CapturedOutput output)
			throws Exception {
		double duplicatesCounted = count("unique", "skip");
		double orphansCounted = count("foreign-key", "skip");
		JobExecution execution = run(1);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(rows("customer")).isEqualTo(CUSTOMERS - 20);
		assertThat(rows("purchase_order")).isEqualTo(CUSTOMERS - 20);
		StepExecution step = execution.getStepExecutions().iterator().next();
		assertThat(step.getWriteSkipCount()).isEqualTo(40);
		assertThat(step.getWriteCount()).isEqualTo(2 * CUSTOMERS - 40);
		List<SkippedItem> report = ViolationSkipReport.of(execution);
		reportsEachBadLine(report);
		assertThat(count("unique", "skip") - duplicatesCounted).isEqualTo(20);
		assertThat(count("foreign-key", "skip") - orphansCounted).isEqualTo(20);
		String log = output.getAll().substring(this.logStart);
		assertThat(log.lines().filter((line) -> line.contains("Skipped item "))).hasSize(40);
		leaksNoValue(log, step.getExecutionContext().toString());
	}

	@Test
	void aReimportAcknowledgesTheLinesImportedAndSkipsTheBadOnesAgainWithinTheSkipLimit(CapturedOutput output)
			throws Exception {
		imported();
		double acknowledged = count("unique", "acknowledge");
		double skipped = count("unique", "skip") + count("foreign-key", "skip");
		JobExecution execution = run(2);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(execution.getStepExecutions().iterator().next().getWriteCount()).isZero();
		assertThat(rows("customer")).isEqualTo(CUSTOMERS - 20);
		assertThat(rows("purchase_order")).isEqualTo(CUSTOMERS - 20);
		reportsEachBadLine(ViolationSkipReport.of(execution));
		assertThat(count("unique", "acknowledge") - acknowledged).isEqualTo(2 * CUSTOMERS - 40);
		assertThat(count("unique", "skip") + count("foreign-key", "skip") - skipped).isEqualTo(40);
		leaksNoValue(output.getAll().substring(this.logStart), "");
	}

	/** The good lines, as the first import wrote them. */
	private void imported() {
		List<Object[]> customers = new ArrayList<>();
		List<Object[]> orders = new ArrayList<>();
		for (int k = 1; k <= CUSTOMERS; k++) {
			if (!duplicate(k)) {
				customers.add(new Object[] { k, "customer" + k + "@example.com", "Name" + k });
			}
			if (!orphan(k)) {
				orders.add(new Object[] { k, duplicate(k) ? k - 7 : k });
			}
		}
		this.jdbc.batchUpdate("insert into customer (id, email, name) values (?, ?, ?)", customers);
		this.jdbc.batchUpdate("insert into purchase_order (id, customer_id) values (?, ?)", orders);
	}

	private void reportsEachBadLine(List<SkippedItem> report) {
		assertThat(report).hasSize(40);
		Set<Long> duplicates = new TreeSet<>();
		Set<Long> orphans = new TreeSet<>();
		for (SkippedItem item : report) {
			if (item.kind().equals("unique")) {
				assertThat(item.constraint()).isEqualToIgnoringCase("uq_customer_email");
				assertThat(item.table()).isEqualToIgnoringCase("customer");
				assertThat(item.fields()).singleElement().asString().isEqualToIgnoringCase("email");
				duplicates.add(item.position());
			}
			else {
				assertThat(item.kind()).isEqualTo("foreign-key");
				assertThat(item.constraint()).isEqualToIgnoringCase("fk_order_customer");
				assertThat(item.table()).isEqualToIgnoringCase("purchase_order");
				assertThat(item.fields()).singleElement().asString().isEqualToIgnoringCase("customer_id");
				orphans.add(item.position());
			}
		}
		assertThat(duplicates).containsExactlyElementsOf(positions(BatchImportScenarios::duplicate, 1));
		assertThat(orphans).containsExactlyElementsOf(positions(BatchImportScenarios::orphan, 0));
	}

	private JobExecution run(long run) throws Exception {
		return this.jobs.start(this.importJob, new JobParametersBuilder().addString("input", this.input.toString())
			.addLong("run", run)
			.toJobParameters());
	}

	/**
	 * Customer {@code k} on line {@code 2k - 1}, its order on line {@code 2k}. A duplicate customer takes the email
	 * of customer {@code k - 7}, and its order is of that customer; an orphan order is of a customer that does not
	 * exist.
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
	private static List<Long> positions(java.util.function.IntPredicate picked, int offset) {
		return java.util.stream.IntStream.rangeClosed(1, CUSTOMERS)
			.filter(picked)
			.mapToObj((k) -> 2L * k - offset)
			.collect(Collectors.toList());
	}

	private int rows(String table) {
		Integer count = this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
		return (count != null) ? count : 0;
	}

	/** The {@value ViolationMetrics#METER} count of a kind and outcome, over every constraint and table. */
	private double count(String kind, String outcome) {
		return this.meters.find(ViolationMetrics.METER)
			.tags("kind", kind, "outcome", outcome)
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

	/** Neither the log nor the report holds an email, a name, SQL or an ERROR line. */
	private static void leaksNoValue(String log, String report) {
		assertThat(Stream.of(log.split("\\R")).filter((line) -> line.contains(" ERROR "))).isEmpty();
		for (String text : List.of(log, report)) {
			assertThat(text).doesNotContain("@example.com").doesNotContainPattern("Name\\d").doesNotContainIgnoringCase("insert into");
		}
	}

}
