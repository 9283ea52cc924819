package io.github.rootcause.sample.storefront;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.file.FlatFileParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.github.rootcause.spring.batch.SkippedItem;
import io.github.rootcause.spring.batch.ViolationSkipReport;

/**
 * {@code POST /imports/storefront-orders}: runs the {@link OrderImport} job on the CSV body and answers how many
 * orders it wrote and which lines it skipped, each by its line number in the file (the header is line 1), the kind
 * and constraint it violated and the columns involved: names, never the line's values. The job runs in the request,
 * one import at a time (Spring Boot's in-memory job repository holds one job execution).
 */
@RestController
@Tag(name = "storefront")
class OrderImportController {

	private final JobOperator jobs;

	private final Job storefrontOrderImport;

	OrderImportController(JobOperator jobs, Job storefrontOrderImport) {
		this.jobs = jobs;
		this.storefrontOrderImport = storefrontOrderImport;
	}

	/**
	 * What an import did.
	 * @param written the orders written
	 * @param skipped the lines skipped for constraint violations, in the order of the file
	 */
	record ImportReport(long written, List<SkippedLine> skipped) {
	}

	/**
	 * A line skipped for a constraint violation.
	 * @param line its line number in the file
	 * @param kind {@code unique}, {@code not-null}, {@code check} or {@code foreign-key}
	 * @param constraint the violated constraint; absent for a missing value, which no constraint names
	 * @param fields the columns of the violation
	 */
	record SkippedLine(long line, String kind, @JsonInclude(JsonInclude.Include.NON_EMPTY) String constraint,
			List<String> fields) {

		static SkippedLine of(SkippedItem item) {
			return new SkippedLine(item.position() + 1, item.kind(), item.constraint(), item.fields());
		}

	}

	@PostMapping(path = "/imports/storefront-orders", consumes = "text/csv")
	@Operation(summary = "Imports a CSV file of storefront orders, skipping the lines that violate a constraint")
	@ApiResponse(responseCode = "200", description = "The import ran: the orders written and the lines skipped")
	@ApiResponse(responseCode = "400", description = "A line is no order line (the import stopped there)")
	ResponseEntity<?> importOrders(@RequestBody String csv) throws Exception {
		Path input = Files.createTempFile("storefront-orders", ".csv");
		try {
			Files.writeString(input, csv, StandardCharsets.UTF_8);
			JobExecution execution = run(input);
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				return ResponseEntity.of(failure(execution)).build();
			}
			long written = execution.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
			List<SkippedLine> skipped = ViolationSkipReport.of(execution).stream().map(SkippedLine::of).toList();
			return ResponseEntity.ok(new ImportReport(written, skipped));
		}
		finally {
			Files.deleteIfExists(input);
		}
	}

	private synchronized JobExecution run(Path input) throws Exception {
		return this.jobs.start(this.storefrontOrderImport, new JobParametersBuilder()
			.addString("input", input.toString())
			.addString("run", UUID.randomUUID().toString())
			.toJobParameters());
	}

	/** A problem naming the line that could not be read, else the step's failure, by its class only. */
	private static ProblemDetail failure(JobExecution execution) {
		for (Throwable failure : execution.getAllFailureExceptions()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof FlatFileParseException parse) {
					return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
							"Line " + parse.getLineNumber() + " is no order line; the import stopped there.");
				}
			}
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The import did not complete: " + execution.getExitStatus().getExitCode());
	}

}
