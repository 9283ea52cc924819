package io.github.rootcause.catalog;

import java.sql.SQLException;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The catalog's scope on MariaDB: the fixture's database, the connection's current one.
 */
class CatalogScopeMariaDbTest extends CatalogScopeScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.MARIADB);

	@Override
	DatabaseFixture db() {
		return db;
	}

	@Override
	void createTables(String schema, int count) throws SQLException {
		db.execute("create procedure " + schema + ".crowd() begin declare i int default 1; while i <= " + count
				+ " do execute immediate concat('create table " + schema + ".t', i,"
				+ " ' (id int primary key, code int unique) engine=MyISAM'); set i = i + 1; end while; end",
				"call " + schema + ".crowd()");
	}

}
