package io.github.rootcause.sample.storefront;

import java.math.BigDecimal;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.github.rootcause.spring.batch.ViolationSkipListener;
import io.github.rootcause.spring.batch.ViolationSkipPolicy;

/**
 * The import of a CSV file of storefront orders ({@code order_number,customer_email,total}, a header line first):
 * one chunk-oriented step that reads the file given as the job parameter {@code input} and writes each chunk with
 * one JDBC batch, through the application's {@link NamedParameterJdbcTemplate} (whose violations rootcause
 * translates). An empty field is no value. The step is fault tolerant with rootcause's skip policy and skip listener:
 * a line that violates a constraint (a duplicate order number, an order of an unknown customer, a negative or
 * missing total) is skipped and reported by its position, and the rest of its chunk is written.
 *
 * <p>Public, as is {@link OrderLine}, for Spring AOT only: the bean definition of the step-scoped reader's proxy is
 * generated in the package of {@code FlatFileItemReader} and names its item type.
 */
@Configuration(proxyBeanMethods = false)
public class OrderImport {

	/** Lines per chunk: one transaction, one JDBC batch. */
	static final int CHUNK = 100;

	/**
	 * A line of the file.
	 * @param orderNumber the order's number in the web store
	 * @param customerEmail the email of its customer
	 * @param total its total
	 */
	public record OrderLine(String orderNumber, String customerEmail, BigDecimal total) {

		static OrderLine parse(String line) {
			String[] fields = line.split(",", -1);
			if (fields.length != 3) {
				throw new IllegalArgumentException("Expected 3 fields, found " + fields.length);
			}
			return new OrderLine(value(fields[0]), value(fields[1]),
					fields[2].isBlank() ? null : new BigDecimal(fields[2].trim()));
		}

		private static String value(String field) {
			return field.isBlank() ? null : field.trim();
		}

	}

	@Bean
	Job storefrontOrderImport(JobRepository jobs, Step storefrontOrderImportStep) {
		return new JobBuilder("storefront-order-import", jobs).start(storefrontOrderImportStep).build();
	}

	@Bean
	Step storefrontOrderImportStep(JobRepository jobs, PlatformTransactionManager transactions,
			FlatFileItemReader<OrderLine> storefrontOrderReader, NamedParameterJdbcTemplate jdbc,
			ViolationSkipPolicy skipPolicy, ViolationSkipListener skipListener) {
		return new StepBuilder("storefront-order-import", jobs).<OrderLine, OrderLine>chunk(CHUNK)
			.transactionManager(transactions)
			.reader(storefrontOrderReader)
			.writer(writer(jdbc))
			.faultTolerant()
			.skipPolicy(skipPolicy)
			.listener(skipListener)
			.build();
	}

	@Bean
	@StepScope
	FlatFileItemReader<OrderLine> storefrontOrderReader(@Value("#{jobParameters['input']}") String input) {
		return new FlatFileItemReaderBuilder<OrderLine>().name("storefront-orders")
			.resource(new FileSystemResource(input))
			.linesToSkip(1)
			.lineMapper((line, number) -> OrderLine.parse(line))
			.build();
	}

	private static JdbcBatchItemWriter<OrderLine> writer(NamedParameterJdbcTemplate jdbc) {
		return new JdbcBatchItemWriterBuilder<OrderLine>().namedParametersJdbcTemplate(jdbc)
			.sql("insert into storefront_order (order_number, customer_email, total) "
					+ "values (:orderNumber, :customerEmail, :total)")
			.itemSqlParameterSourceProvider((line) -> new MapSqlParameterSource("orderNumber", line.orderNumber())
				.addValue("customerEmail", line.customerEmail())
				.addValue("total", line.total()))
			.build();
	}

}
