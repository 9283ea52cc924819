package io.github.rootcause;

import java.util.List;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The grown-schema scenarios on MariaDB through MySQL Connector/J.
 */
class GrownSchemaMySqlConnectorJOnMariaDbTest extends GrownSchemaScenarios
		implements UpdatableViewScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.MARIADB_MYSQL_DRIVER);

	@Override
	DatabaseFixture db() {
		return db;
	}

	@Override
	List<String> signupTrigger() {
		return List.of("create trigger signup_mailing after insert on signup for each row"
				+ " insert into mailing values (new.email)");
	}


	@Override
	public GrownSchemaScenarios scenarios() {
		return this;
	}

}
