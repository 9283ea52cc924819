package io.github.rootcause;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.h2.api.Trigger;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The grown-schema scenarios on H2, whose triggers are Java classes, and its domains, whose failed check H2 reports
 * by its condition alone ({@code Check constraint violation: "(VALUE > 0)"}).
 */
class GrownSchemaH2Test extends GrownSchemaScenarios implements DomainCheckScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.H2);

	@Override
	DatabaseFixture db() {
		return db;
	}

	@Override
	public GrownSchemaScenarios scenarios() {
		return this;
	}

	@Override
	List<String> signupTrigger() {
		return List.of("create trigger signup_mailing after insert on signup for each row call \""
				+ MailingTrigger.class.getName() + "\"");
	}

	/** Inserts each new {@code signup} row's email into {@code mailing}. */
	public static final class MailingTrigger implements Trigger {

		@Override
		public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
			try (PreparedStatement insert = connection.prepareStatement("insert into mailing values (?)")) {
				insert.setObject(1, newRow[1]);
				insert.executeUpdate();
			}
		}

	}

}
