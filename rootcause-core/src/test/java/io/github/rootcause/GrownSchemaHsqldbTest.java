package io.github.rootcause;

import java.util.List;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The grown-schema scenarios on HSQLDB, which updates through views and has domains.
 */
class GrownSchemaHsqldbTest extends GrownSchemaScenarios
		implements UpdatableViewScenarios, DomainCheckScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.HSQLDB);

	@Override
	DatabaseFixture db() {
		return db;
	}

	@Override
	List<String> signupTrigger() {
		return List.of("create trigger signup_mailing after insert on signup referencing new row as n"
				+ " for each row insert into mailing values (n.email)");
	}


	@Override
	public GrownSchemaScenarios scenarios() {
		return this;
	}

}
