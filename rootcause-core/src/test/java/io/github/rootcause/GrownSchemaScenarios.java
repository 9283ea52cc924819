package io.github.rootcause;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.testing.DatabaseFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schemas that real applications grow, where the table the database reports (or the failed statement names) is
 * not the one whose constraint was violated: a trigger that writes into another table, a delete that cascades to
 * a row still referenced two tables below, the same table and constraint name in two schemas, a statement that
 * reads other tables. Every engine answers the kind, the constraint, the table and the columns the application
 * declared. Run by the subclasses once per engine; each adds the families only its engine can express. Names are
 * compared ignoring case: which case an answer takes is not what these tests are about.
 */
abstract class GrownSchemaScenarios {

	/**
	 * The fixture of the subclass, on its engine.
	 * @return the fixture
	 */
	abstract DatabaseFixture db();

	/**
	 * The statements that create, on table {@code signup (id, email)}, a trigger that inserts each new row's email
	 * into {@code mailing (email)}.
	 * @return the statements
	 */
	abstract List<String> signupTrigger();

	@Test
	void uniqueViolationInATriggersTableAnswersThatTableAndItsColumnsNotTheStatementsTable() throws SQLException {
		db().execute("create table signup (id int primary key, email varchar(100))",
				"create table mailing (email varchar(100), constraint uq_mailing_email unique (email))");
		db().execute(signupTrigger().toArray(String[]::new));
		db().execute("insert into signup values (1, 'a@example.com')");
		String sql = "insert into signup values (2, 'a@example.com')";
		assertResolved(sql, Kind.UNIQUE, "uq_mailing_email", "mailing", "email");
	}

	@Test
	void deleteCascadingToARowStillReferencedTwoTablesBelowAnswersTheForeignKeyThatHeldIt() throws SQLException {
		db().execute("create table region (id int primary key)",
				"create table store (id int primary key, region_id int,"
						+ " constraint fk_store_region foreign key (region_id) references region (id)"
						+ " on delete cascade)",
				"create table sale (id int primary key, store_id int,"
						+ " constraint fk_sale_store foreign key (store_id) references store (id))",
				"insert into region values (1)", "insert into store values (10, 1)",
				"insert into sale values (100, 10)");
		Cause cause = assertResolved("delete from region where id = 1", Kind.FOREIGN_KEY, "fk_sale_store", "sale",
				"store_id");
		assertThat(cause.reference()).contains(Reference.STILL_REFERENCED);
	}

	@Test
	void sameTableAndConstraintInTwoSchemasAnswersTheColumnsInTheSchemaTheStatementNames() throws SQLException {
		String other = twoTables("member");
		db().execute("insert into " + other + ".member values (1, 'ada', 'x')");
		Cause cause = assertResolved("insert into " + other + ".member values (2, 'ada', 'y')", Kind.UNIQUE,
				"uq_member_nick", "member", "nick");
		assertThat(cause.schema()).hasValueSatisfying((schema) -> assertThat(schema).isEqualToIgnoringCase(other));
	}

	@Test
	void sameTableAndConstraintInTwoSchemasAnswersTheColumnsInTheConnectionsSchema() throws SQLException {
		twoTables("guild");
		db().execute("insert into guild values (1, 'ada', 'x')");
		assertResolved("insert into guild values (2, 'ada', 'x')", Kind.UNIQUE, "uq_guild_nick", "guild", "nick",
				"realm");
	}

	/**
	 * The table in the connection's schema, unique on {@code (nick, realm)}, and in a second schema of its own,
	 * unique on {@code nick} alone, both under the name {@code uq_<table>_nick}.
	 * @return the second schema
	 */
	private String twoTables(String table) throws SQLException {
		String other = db().createSchema(table);
		String unique = " constraint uq_" + table + "_nick unique ";
		db().execute("create table " + table + " (id int primary key, nick varchar(30), realm varchar(30),"
				+ unique + "(nick, realm))", "create table " + other + "." + table + " (id int primary key,"
						+ " nick varchar(30), realm varchar(30)," + unique + "(nick))");
		return other;
	}

	@Test
	void insertSelectFromAnotherTableAnswersTheTableItInsertsInto() throws SQLException {
		db().execute("create table applicant (id int primary key, email varchar(100))",
				"create table employee (id int primary key, email varchar(100),"
						+ " constraint uq_employee_email unique (email))",
				"insert into applicant values (1, 'a@example.com')",
				"insert into employee values (1, 'a@example.com')");
		String sql = "insert into employee (id, email) select id + 1, email from applicant";
		assertResolved(sql, Kind.UNIQUE, "uq_employee_email", "employee", "email");
	}

	/**
	 * Runs the statement, which must fail, and resolves what it threw with a resolver that waits for its first
	 * catalog read (as one whose catalog was read at startup), given the statement as Spring's translators give it.
	 * @return the resolved cause, once its kind, constraint, table and columns are asserted
	 */
	final Cause assertResolved(String sql, Kind kind, String constraint, String table, String... columns)
			throws SQLException {
		SQLException ex = db().violation(sql);
		Optional<Cause> resolved = resolver().resolve(ex, sql);
		assertThat(resolved).as("%s on %s", ex.getMessage(), db()).isPresent();
		Cause cause = resolved.get();
		assertThat(cause.kind()).as("kind of %s", cause).isEqualTo(kind);
		assertThat(cause.constraint()).as("constraint of %s", cause)
			.hasValueSatisfying((name) -> assertThat(name).isEqualToIgnoringCase(constraint));
		assertThat(cause.table()).as("table of %s", cause)
			.hasValueSatisfying((name) -> assertThat(name).isEqualToIgnoringCase(table));
		assertThat(cause.columns()).as("columns of %s", cause).map((name) -> name.toLowerCase(java.util.Locale.ROOT))
			.containsExactly(columns);
		return cause;
	}

	final Resolver resolver() {
		return RootCause.resolver(db().dataSource()).withCatalogWait(Duration.ofMinutes(1));
	}

}
