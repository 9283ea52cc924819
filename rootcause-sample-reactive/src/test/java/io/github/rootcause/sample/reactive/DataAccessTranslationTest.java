package io.github.rootcause.sample.reactive;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

import io.github.rootcause.Kind;
import io.github.rootcause.spring.jdbc.CheckViolationException;
import io.github.rootcause.spring.jdbc.ConstraintViolation;
import io.github.rootcause.spring.jdbc.ForeignKeyViolationException;
import io.github.rootcause.spring.jdbc.NotNullViolationException;
import io.github.rootcause.spring.jdbc.UniqueViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What Spring's R2DBC support signals with rootcause: the {@code DatabaseClient}, the {@code R2dbcEntityTemplate} and
 * Spring Data R2DBC repositories give the typed exceptions, carrying the cause resolved against the catalog and the
 * mapping context; an error that is no violation stays Spring's own. One subclass per database.
 */
abstract class DataAccessTranslationTest extends ReactiveSampleTest {

	@Autowired
	private DatabaseClient database;

	@Autowired
	private R2dbcEntityTemplate template;

	@Autowired
	private CustomerRepository customers;

	@Test
	void databaseClientSignalsTheTypedUniqueViolationWithTableColumnsAndFields() {
		this.database.sql("insert into customer (email, name) values ('dup@example.com', 'A')").then().block();
		assertThatExceptionOfType(UniqueViolationException.class)
			.isThrownBy(() -> this.database.sql("insert into customer (email, name) values ('dup@example.com', 'B')")
				.fetch()
				.rowsUpdated()
				.block())
			.satisfies((ex) -> {
				assertThat(ex.violation().constraint()).hasValue("uq_customer_email");
				assertThat(ex.violation().table()).hasValue("customer");
				assertThat(ex.violation().columns()).containsExactly("email");
				assertThat(ex.violation().fields()).containsExactly("email");
			});
	}

	@Test
	void entityTemplateSignalsTheTypedCheckViolation() {
		assertThatExceptionOfType(CheckViolationException.class)
			.isThrownBy(() -> this.template.insert(new Product(null, "NEG-T", "Minus", new BigDecimal("-1"))).block())
			.satisfies((ex) -> assertThat(ex.violation().constraint()).hasValue("ck_product_price"));
	}

	@Test
	void repositorySignalsTheTypedNotNullViolationNamingTheField() {
		assertThatExceptionOfType(NotNullViolationException.class)
			.isThrownBy(() -> this.customers.save(new Customer(null, "nameless-t@example.com", null)).block())
			.satisfies((ex) -> assertThat(ex.violation().fields()).containsExactly("name"));
	}

	@Test
	void databaseClientSignalsTheTypedForeignKeyViolation() {
		assertThatExceptionOfType(ForeignKeyViolationException.class)
			.isThrownBy(() -> this.database.sql("insert into purchase_order (customer_id, total) values (424242, 1)")
				.then()
				.block())
			.satisfies((ex) -> assertThat(ex.violation().kind()).isEqualTo(Kind.FOREIGN_KEY));
	}

	@Test
	void anErrorThatIsNoViolationStaysSpringsOwn() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.database.sql("select no_such_column from customer").fetch().all().blockLast())
			.isNotInstanceOf(ConstraintViolation.class);
	}

}
