package io.github.rootcause;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.rootcause.testing.DatabaseFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JDBC batch of ten rows into {@code customer (id primary key, email unique)} where one row repeats the email of
 * an earlier one, run on a fixture's database with the driver's settings a test names; what the driver threw and
 * the batch row read from it.
 */
final class BatchRowScenarios {

	static final int ROWS = 10;

	private final DatabaseFixture db;

	private static final AtomicInteger tables = new AtomicInteger();

	BatchRowScenarios(DatabaseFixture db) {
		this.db = db;
	}

	/**
	 * Runs the batch with row {@code duplicate} repeating row {@code original}'s email ({@code original} -1: an
	 * email already in the table before the batch).
	 */
	Failure batch(int original, int duplicate, String urlParameters) throws SQLException {
		String name = "customer_" + tables.incrementAndGet();
		this.db.execute("create table " + name + " (id int primary key, email varchar(100), constraint uq_" + name
				+ "_email unique (email))", "insert into " + name + " (id, email) values (100, 'taken@example.com')");
		String url = urlParameters.isEmpty() ? this.db.url()
				: this.db.url() + (this.db.url().contains("?") ? "&" : "?") + urlParameters;
		try (Connection connection = DriverManager.getConnection(url, this.db.user(), this.db.password());
				PreparedStatement insert = connection
					.prepareStatement("insert into " + name + " (id, email) values (?, ?)")) {
			for (int row = 0; row < ROWS; row++) {
				insert.setInt(1, row);
				insert.setString(2, email((row == duplicate) ? original : row));
				insert.addBatch();
			}
			insert.executeBatch();
		}
		catch (SQLException ex) {
			return new Failure(ex, BatchRow.of(ex), RootCause.of(ex));
		}
		throw new AssertionError("The batch did not fail on " + this.db);
	}

	/** The usual case: row 6 repeats row 2. */
	Failure rowSixRepeatsRowTwo(String urlParameters) throws SQLException {
		return batch(2, 6, urlParameters);
	}

	private static String email(int row) {
		return (row < 0) ? "taken@example.com" : "o'brien." + row + "@example.com";
	}

	/** What a failed batch threw, the row read from it and the violation read from it. */
	record Failure(SQLException exception, Optional<BatchRow> row, Optional<Cause> cause) {

		Failure assertUniqueViolation() {
			assertThat(this.cause).hasValueSatisfying((cause) -> assertThat(cause.kind()).isEqualTo(Kind.UNIQUE));
			return this;
		}

	}

}
