package io.github.rootcause.spring.faults;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.github.rootcause.EntityModel;

/**
 * A gadget shop that only writes gadgets, through a {@link JdbcTemplate}: codes unique by {@code uq_gadget_code},
 * prices positive by {@code ck_gadget_price}; the tests create its table. Its own {@link EntityModel} maps the table
 * to its fields. Nothing in it reads the database at startup: JPA, Spring Data JDBC, jOOQ, MyBatis, R2DBC and the
 * migration tools, which the test class path holds for other tests, are left out, so that it starts with its
 * database down as an application of plain JDBC does (with no Hikari pool check at startup). It scans only its own package.
 */
@SpringBootApplication(scanBasePackageClasses = GadgetApplication.class, proxyBeanMethods = false, excludeName = {
		"org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
		"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
		"org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration",
		"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
		"org.springframework.boot.autoconfigure.data.jdbc.JdbcRepositoriesAutoConfiguration",
		"org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration",
		"org.springframework.boot.autoconfigure.jooq.JooqAutoConfiguration",
		"org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration",
		"org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration",
		"org.springframework.boot.autoconfigure.r2dbc.R2dbcAutoConfiguration",
		"org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
		"org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
		"org.springframework.boot.autoconfigure.liquibase.LiquibaseAutoConfiguration",
		"org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration" })
class GadgetApplication {

	/**
	 * The gadget entity's fields, by column.
	 * @return the model
	 */
	@Bean
	EntityModel gadgetModel() {
		return new EntityModel() {

			@Override
			public Optional<String> entity(String table) {
				return "gadget".equalsIgnoreCase(table) ? Optional.of("Gadget") : Optional.empty();
			}

			@Override
			public Optional<String> field(String table, String column) {
				String field = column.toLowerCase(Locale.ROOT);
				return (entity(table).isPresent() && Set.of("code", "price").contains(field)) ? Optional.of(field)
						: Optional.empty();
			}

		};
	}

	/** A gadget as a request's body holds it. */
	record Gadget(String code, Integer price) {
	}

	/** Adds gadgets; nothing here handles an exception. */
	@RestController
	static class Gadgets {

		private final JdbcTemplate jdbc;

		Gadgets(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@PostMapping("/gadgets")
		@ResponseStatus(HttpStatus.CREATED)
		void add(@RequestBody Gadget gadget) {
			this.jdbc.update("insert into gadget (code, price) values (?, ?)", gadget.code(), gadget.price());
		}

	}

}
