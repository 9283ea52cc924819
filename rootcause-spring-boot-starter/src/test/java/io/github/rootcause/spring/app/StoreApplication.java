package io.github.rootcause.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * A small store: customers and orders through JPA, JdbcTemplate and JdbcClient, club members through Spring Data
 * JDBC. Each endpoint writes through one path, so a test names the path it proves. Its constraint settings are in
 * {@code store.properties}.
 */
@SpringBootApplication
@PropertySource("classpath:store.properties")
@Import(UnquotedDataJdbcNames.class)
public class StoreApplication {

}
