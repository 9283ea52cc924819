package io.github.rootcause.catalog;

import java.sql.SQLException;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The catalog's scope on PostgreSQL: the fixture's schema, first on the search path.
 */
class CatalogScopePostgresqlTest extends CatalogScopeScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.POSTGRESQL);

	@Override
	DatabaseFixture db() {
		return db;
	}

	@Override
	void createTables(String schema, int count) throws SQLException {
		db.execute("do $$ begin for i in 1.." + count + " loop execute format("
				+ "'create table %I.t%s (id int primary key, code int unique)', '" + schema + "', i); end loop; end $$");
	}

}
