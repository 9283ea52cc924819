package io.github.rootcause.spring.existing;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A pet clinic's REST API: owners and specialties through Spring Data JPA, pets and users through repositories
 * that build their own {@code SimpleJdbcInsert}, {@code NamedParameterJdbcTemplate} and {@code JdbcClient}.
 */
@SpringBootApplication
public class ClinicApplication {

}
