package io.github.rootcause;

import java.sql.SQLException;

import io.github.rootcause.testing.DatabaseFixture;
import org.junit.jupiter.api.Test;

/**
 * A named check on a domain, on the engines that have domains (H2, HSQLDB, PostgreSQL): the database reports the
 * check's condition or the domain's constraint, never the column or (but HSQLDB) the table, and no table lists
 * the constraint. The answer names the domain's constraint and the column of that domain in the table written to.
 */
interface DomainCheckScenarios {

	/**
	 * The scenarios of the test class, on its engine.
	 * @return the scenarios
	 */
	GrownSchemaScenarios scenarios();

	@Test
	default void namedCheckOnADomainAnswersTheDomainsConstraintAndTheColumnOfThatDomain() throws SQLException {
		DatabaseFixture db = scenarios().db();
		db.execute("create domain positive_int as int constraint ck_positive check (value > 0)",
				"create table parcel (id int primary key, weight positive_int)");
		scenarios().assertResolved("insert into parcel values (1, 0)", Kind.CHECK, "ck_positive", "parcel", "weight");
	}

	@Test
	default void namedCheckOnADomainUsedByTwoTablesAnswersTheColumnOfTheStatementsTable() throws SQLException {
		DatabaseFixture db = scenarios().db();
		db.execute("create domain percent as int constraint ck_percent check (value between 0 and 100)",
				"create table discount (id int primary key, rate percent)",
				"create table survey (id int primary key, score percent)");
		scenarios().assertResolved("insert into survey values (1, 101)", Kind.CHECK, "ck_percent", "survey",
				"score");
	}

}
