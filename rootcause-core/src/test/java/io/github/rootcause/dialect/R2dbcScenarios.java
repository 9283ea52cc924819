package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;
import io.r2dbc.spi.R2dbcException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The violations every database has, caused over R2DBC, run by the subclasses once per database: each is read by
 * {@link RootCause#of(Throwable)} from the R2DBC driver's exception exactly as from the JDBC driver's for the same
 * violation, so the R2DBC drivers get all that each dialect reads (its Javadoc quotes what that is).
 */
abstract class R2dbcScenarios {

	/**
	 * The fixture of the subclass, on its database.
	 * @return the fixture
	 */
	abstract DatabaseFixture db();

	@Test
	void uniqueViolationOverR2dbcReadsAsOverJdbc() throws SQLException {
		db().execute("create table r_customer (id int primary key, email varchar(100),"
				+ " constraint uq_r_customer_email unique (email))", "insert into r_customer values (1, 'a@example.com')");
		Cause cause = readsAsOverJdbc("insert into r_customer values (2, 'a@example.com')");
		assertThat(cause.kind()).isEqualTo(Kind.UNIQUE);
		assertThat(cause.constraint().map(this::folded)).contains("uq_r_customer_email");
	}

	@Test
	void notNullViolationOverR2dbcReadsAsOverJdbc() throws SQLException {
		db().execute("create table r_address (id int primary key, city varchar(50) not null)");
		Cause cause = readsAsOverJdbc("insert into r_address (id, city) values (1, null)");
		assertThat(cause.kind()).isEqualTo(Kind.NOT_NULL);
		assertThat(cause.columns()).map(this::folded).containsExactly("city");
	}

	@Test
	void checkViolationOverR2dbcReadsAsOverJdbc() throws SQLException {
		db().execute("create table r_stock (id int primary key, quantity int, constraint ck_r_stock_quantity check (quantity >= 0))");
		Cause cause = readsAsOverJdbc("insert into r_stock values (1, -1)");
		assertThat(cause.kind()).isEqualTo(Kind.CHECK);
		assertThat(cause.constraint().map(this::folded)).contains("ck_r_stock_quantity");
	}

	@Test
	void missingForeignKeyOverR2dbcReadsAsOverJdbc() throws SQLException {
		db().execute("create table r_author (id int primary key)",
				"create table r_book (id int primary key, author_id int,"
						+ " constraint fk_r_book_author foreign key (author_id) references r_author (id))");
		Cause cause = readsAsOverJdbc("insert into r_book values (1, 42)");
		assertThat(cause.kind()).isEqualTo(Kind.FOREIGN_KEY);
		assertThat(cause.constraint().map(this::folded)).contains("fk_r_book_author");
	}

	@Test
	void stillReferencedForeignKeyOverR2dbcReadsAsOverJdbc() throws SQLException {
		db().execute("create table r_team (id int primary key)",
				"create table r_player (id int primary key, team_id int,"
						+ " constraint fk_r_player_team foreign key (team_id) references r_team (id))",
				"insert into r_team values (1)", "insert into r_player values (1, 1)");
		Cause cause = readsAsOverJdbc("delete from r_team where id = 1");
		assertThat(cause.kind()).isEqualTo(Kind.FOREIGN_KEY);
		assertThat(cause.reference()).contains(Reference.STILL_REFERENCED);
	}

	@Test
	void anErrorThatIsNoViolationOverR2dbcGivesNothing() {
		R2dbcException syntax = db().r2dbc().violation("selec nothing");
		assertThat(RootCause.of(syntax)).isEmpty();
	}

	/**
	 * Causes the violation over R2DBC and over JDBC, and asserts that both read the same.
	 * @param sql the statement that violates a constraint
	 * @return what the R2DBC exception reads as
	 */
	final Cause readsAsOverJdbc(String sql) throws SQLException {
		R2dbcException r2dbc = db().r2dbc().violation(sql);
		Optional<Cause> overR2dbc = RootCause.of(r2dbc);
		assertThat(overR2dbc).as("over R2DBC: %s", r2dbc).isPresent();
		assertThat(overR2dbc).isEqualTo(RootCause.of(db().violation(sql)));
		return overR2dbc.get();
	}

	/** A name as the tests wrote it: H2 folds unquoted names to upper case. */
	final String folded(String name) {
		return name.toLowerCase(java.util.Locale.ROOT);
	}

}
