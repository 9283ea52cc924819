package io.github.rootcause.spring.rows;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Subscribers written in batches: through {@code JdbcTemplate.batchUpdate} and through Spring Data JPA's
 * {@code saveAll} with Hibernate's JDBC batching ({@code hibernate.jdbc.batch_size=4}).
 */
@SpringBootApplication
public class RowsApplication {

}
