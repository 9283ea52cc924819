package io.github.rootcause;

import java.sql.SQLException;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmokeMariaDbTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.MARIADB_MYSQL_DRIVER);

	@Test
	void uniqueViolationIsUnique() throws SQLException {
		db.execute("create table t (id int primary key, e varchar(10) unique)", "insert into t values (1, 'a')");
		SQLException ex = db.violation("insert into t values (2, 'a')");
		System.out.println(ex.getClass() + " " + ex.getSQLState() + " " + ex.getErrorCode() + " " + ex.getMessage());
		System.out.println(RootCause.resolver(db.dataSource()).resolve(ex));
		System.out.println(RootCause.resolver(db.dataSource()).catalog().constraints());
	}

}
