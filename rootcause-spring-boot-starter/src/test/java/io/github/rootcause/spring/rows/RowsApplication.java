package io.github.rootcause.spring.rows;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import io.github.rootcause.spring.app.UnquotedDataJdbcNames;

/**
 * Subscribers written in batches: through {@code JdbcTemplate.batchUpdate} and through Spring Data JPA's
 * {@code saveAll} with Hibernate's JDBC batching ({@code hibernate.jdbc.batch_size=4}), and through Spring Data
 * JDBC's {@code saveAll}.
 */
@SpringBootApplication
@Import(UnquotedDataJdbcNames.class)
public class RowsApplication {

}
