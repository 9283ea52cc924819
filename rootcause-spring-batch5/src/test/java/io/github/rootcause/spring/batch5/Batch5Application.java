package io.github.rootcause.spring.batch5;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemWriter;
import org.springframework.batch.item.file.FlatFileItemReader;
import org.springframework.batch.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.github.rootcause.spring.batch.ViolationSkipPolicy;

/**
 * An application with an import job on Spring Batch 5: one fault-tolerant chunk-oriented step (chunks of 100) that
 * reads customers ({@code C,id,email,name}) and orders ({@code O,id,customerId}) and writes them over the
 * application's {@link NamedParameterJdbcTemplate} bean, which rootcause translates, the customers of a chunk first.
 * Its step has rootcause's skip policy and skip listener: the two lines an application adds.
 */
@SpringBootApplication(proxyBeanMethods = false)
class Batch5Application {

	/** A line of the input: a customer, or an order of a customer. */
	record Line(boolean customer, int id, String email, String name, int customerId) {

		static Line parse(String line) {
			String[] fields = line.split(",", -1);
			return fields[0].equals("C") ? new Line(true, Integer.parseInt(fields[1]), fields[2], fields[3], 0)
					: new Line(false, Integer.parseInt(fields[1]), null, null, Integer.parseInt(fields[2]));
		}

	}

	@Bean
	Job importJob(JobRepository jobs, Step importStep) {
		return new JobBuilder("import", jobs).start(importStep).build();
	}

	@Bean
	Step importStep(JobRepository jobs, PlatformTransactionManager transactions, FlatFileItemReader<Line> reader,
			NamedParameterJdbcTemplate jdbc, ViolationSkipPolicy skipPolicy, Batch5ViolationSkipListener skipListener) {
		return new StepBuilder("import", jobs).<Line, Line>chunk(100, transactions)
			.reader(reader)
			.writer(writer(jdbc))
			.faultTolerant()
			.skipPolicy(skipPolicy)
			.listener(skipListener)
			.build();
	}

	@Bean
	@StepScope
	FlatFileItemReader<Line> reader(@Value("#{jobParameters['input']}") String input) {
		return new FlatFileItemReaderBuilder<Line>().name("lines")
			.resource(new FileSystemResource(input))
			.lineMapper((line, number) -> Line.parse(line))
			.build();
	}

	/** Writes the customers of a chunk, then its orders. */
	private static ItemWriter<Line> writer(NamedParameterJdbcTemplate jdbc) {
		return (chunk) -> {
			List<MapSqlParameterSource> customers = new ArrayList<>();
			List<MapSqlParameterSource> orders = new ArrayList<>();
			for (Line line : chunk) {
				if (line.customer()) {
					customers.add(new MapSqlParameterSource().addValue("id", line.id())
						.addValue("email", line.email())
						.addValue("name", line.name()));
				}
				else {
					orders.add(new MapSqlParameterSource().addValue("id", line.id())
						.addValue("customerId", line.customerId()));
				}
			}
			if (!customers.isEmpty()) {
				jdbc.batchUpdate("insert into customer (id, email, name) values (:id, :email, :name)",
						customers.toArray(MapSqlParameterSource[]::new));
			}
			if (!orders.isEmpty()) {
				jdbc.batchUpdate("insert into purchase_order (id, customer_id) values (:id, :customerId)",
						orders.toArray(MapSqlParameterSource[]::new));
			}
		};
	}

}
