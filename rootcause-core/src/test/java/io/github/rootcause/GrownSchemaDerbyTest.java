package io.github.rootcause;

import java.util.List;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The grown-schema scenarios on Apache Derby, whose views are read-only.
 */
class GrownSchemaDerbyTest extends GrownSchemaScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.DERBY);

	@Override
	DatabaseFixture db() {
		return db;
	}

	@Override
	List<String> signupTrigger() {
		return List.of("create trigger signup_mailing after insert on signup referencing new as n"
				+ " for each row insert into mailing values (n.email)");
	}

}
