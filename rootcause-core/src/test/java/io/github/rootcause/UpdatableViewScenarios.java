package io.github.rootcause;

import java.sql.SQLException;

import io.github.rootcause.testing.DatabaseFixture;
import org.junit.jupiter.api.Test;

/**
 * A write through an updatable view, on the engines that update through views (HSQLDB, PostgreSQL, MariaDB): the
 * answer names the table under the view, the one the application declared the constraint on, never the view
 * that the failed statement names.
 */
interface UpdatableViewScenarios {

	/**
	 * The scenarios of the test class, on its engine.
	 * @return the scenarios
	 */
	GrownSchemaScenarios scenarios();

	@Test
	default void uniqueViolationThroughAnUpdatableViewAnswersTheTableUnderTheView() throws SQLException {
		DatabaseFixture db = scenarios().db();
		db.execute("create table subscriber (id int primary key, email varchar(100), active int,"
				+ " constraint uq_subscriber_email unique (email))",
				"create view active_subscriber as select id, email, active from subscriber where active = 1",
				"insert into active_subscriber values (1, 'a@example.com', 1)");
		scenarios().assertResolved("insert into active_subscriber values (2, 'a@example.com', 1)", Kind.UNIQUE,
				"uq_subscriber_email", "subscriber", "email");
	}

}
