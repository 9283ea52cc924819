package io.github.rootcause;

import java.sql.SQLException;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Derby stores unquoted names in upper case: declared names are answered as declared all the same.
 */
class DeclaredNamesDerbyTest extends DeclaredNamesScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.DERBY);

	@Override
	DatabaseFixture db() {
		return db;
	}

	@Test
	void asReportedTheNamesAreUpperCase() throws SQLException {
		reportedNamesAreUpperCase();
	}

}
