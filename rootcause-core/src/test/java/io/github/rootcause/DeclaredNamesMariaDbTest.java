package io.github.rootcause;

import java.sql.SQLException;

import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * MariaDB keeps names as written: the same answers as on the databases that store them in upper case.
 */
class DeclaredNamesMariaDbTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.MARIADB);

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

}
