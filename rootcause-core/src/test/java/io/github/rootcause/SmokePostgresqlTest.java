package io.github.rootcause;

import java.sql.SQLException;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class SmokePostgresqlTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.POSTGRESQL);

	@Test
	void uniqueViolationIsUnique() throws SQLException {
		db.execute("create table t (id int primary key)", "insert into t values (1)");
		SQLException ex = db.violation("insert into t values (1)");
		System.out.println(ex.getClass() + " " + ex.getSQLState() + " " + ex.getErrorCode() + " " + ex.getMessage());
		assertThat(RootCause.of(ex)).map(Cause::kind).contains(Kind.UNIQUE);
		System.out.println(RootCause.resolver(db.dataSource()).resolve(ex));
	}

}
