package io.github.rootcause;

import java.sql.SQLException;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * H2 stores unquoted names in upper case: declared names are answered as declared all the same.
 */
class DeclaredNamesH2Test extends DeclaredNamesScenarios {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.H2);

	@Override
	DatabaseFixture db() {
		return db;
	}

	@Test
	void asReportedTheNamesAreUpperCase() throws SQLException {
		reportedNamesAreUpperCase();
	}

}
