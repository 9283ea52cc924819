package io.github.rootcause;

import java.sql.SQLException;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * H2 stores unquoted names in upper case: declared names are answered as declared all the same.
 */
class DeclaredNamesH2Test {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.H2);

	private final DeclaredNamesScenarios scenarios = new DeclaredNamesScenarios(db);

	@BeforeAll
	static void createTable() throws SQLException {
		DeclaredNamesScenarios.createTable(db);
	}

	@Test
	void aLowerCaseNameIsAnsweredAsDeclared() throws SQLException {
		this.scenarios.aLowerCaseNameIsAnsweredAsDeclared();
	}

	@Test
	void aMixedCaseNameIsAnsweredAsTheModelDeclaresIt() throws SQLException {
		this.scenarios.aMixedCaseNameIsAnsweredAsTheModelDeclaresIt();
	}

	@Test
	void aGeneratedNameIsAnsweredAsReported() throws SQLException {
		this.scenarios.aGeneratedNameIsAnsweredAsReported();
	}

	@Test
	void asReportedTheNameIsTheStoredOne() throws SQLException {
		this.scenarios.asReportedTheNameIsTheStoredOne();
	}

	@Test
	void asReportedTheNamesAreUpperCase() throws SQLException {
		this.scenarios.asReportedTheNamesAreUpperCase();
	}

}
