package io.github.rootcause.spring.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import io.github.rootcause.BatchRow;
import io.github.rootcause.Kind;
import io.github.rootcause.spring.jdbc.ConstraintViolation;
import io.github.rootcause.spring.jdbc.UniqueViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Ten subscribers written in one call, the seventh (row 6) repeating the email of the third (row 2), through the
 * auto-configured {@code JdbcTemplate}, through Spring Data JPA with Hibernate's JDBC batching and through Spring
 * Data JDBC's {@code saveAll}, on the database
 * that the concrete class names.
 */
@SpringBootTest(classes = RowsApplication.class)
@TestPropertySource(properties = { "spring.jpa.hibernate.ddl-auto=create-drop", "spring.sql.init.mode=never",
		"spring.jpa.properties.hibernate.jdbc.batch_size=4" })
abstract class BatchRowScenarios {

	static final String INSERT = "insert into subscriber (id, email) values (?, ?)";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Subscribers subscribers;

	@Autowired
	SubscriberRows subscriberRows;

	@BeforeEach
	void empty() {
		this.jdbc.update("delete from subscriber");
	}

	/** The rows: ids 0 to 9, row 6 with row 2's email. */
	static List<Object[]> rows() {
		List<Object[]> rows = new ArrayList<>();
		for (int row = 0; row < 10; row++) {
			rows.add(new Object[] { row, "o'brien." + ((row == 6) ? 2 : row) + "@example.com" });
		}
		return rows;
	}

	/** {@code batchUpdate(sql, rows)}: one JDBC batch. */
	UniqueViolationException oneBatch() {
		return unique(catchThrowableOfType(UniqueViolationException.class,
				() -> this.jdbc.batchUpdate(INSERT, rows())));
	}

	/** {@code batchUpdate(sql, rows, 4, setter)}: batches of 4, 4 and 2; the second fails. */
	UniqueViolationException batchesOfFour() {
		return unique(catchThrowableOfType(UniqueViolationException.class,
				() -> this.jdbc.batchUpdate(INSERT, rows(), 4, (insert, row) -> {
					insert.setInt(1, (Integer) row[0]);
					insert.setString(2, (String) row[1]);
				})));
	}

	/** {@code saveAll} of the rows as entities, flushed by Hibernate in JDBC batches of 4. */
	UniqueViolationException saveAll() {
		List<Subscriber> entities = rows().stream()
			.map((row) -> new Subscriber((Integer) row[0], (String) row[1]))
			.toList();
		return unique(catchThrowableOfType(UniqueViolationException.class, () -> this.subscribers.saveAll(entities)));
	}

	/** {@code saveAll} of the rows as Spring Data JDBC aggregates, all new: one JDBC batch, in the list's order. */
	UniqueViolationException dataJdbcSaveAll() {
		List<SubscriberRow> aggregates = rows().stream()
			.map((row) -> new SubscriberRow(((Integer) row[0]).longValue(), (String) row[1]))
			.toList();
		return unique(catchThrowableOfType(UniqueViolationException.class,
				() -> this.subscriberRows.saveAll(aggregates)));
	}

	/** The row as the driver's exception alone tells it, without Spring's or Hibernate's batches. */
	static Optional<BatchRow> driversRow(UniqueViolationException ex) {
		return BatchRow.of(ex.getCause());
	}

	private static UniqueViolationException unique(UniqueViolationException ex) {
		assertThat(ex).as("a UniqueViolationException").isNotNull();
		assertThat(((ConstraintViolation) ex).violation().kind()).isEqualTo(Kind.UNIQUE);
		assertThat(ex.violation().constraint()).hasValueSatisfying(
				(name) -> assertThat(name).isEqualToIgnoringCase("uq_subscriber_email"));
		return ex;
	}

}
