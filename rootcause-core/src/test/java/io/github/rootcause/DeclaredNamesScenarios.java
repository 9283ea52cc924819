package io.github.rootcause;

import java.sql.SQLException;
import java.util.Optional;

import io.github.rootcause.testing.DatabaseFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table, {@code player}, with a unique constraint named in lower case, one declared in mixed case through an
 * entity model, and one the database names itself; real violations of each, resolved with
 * {@link Naming#DECLARED}. Run on each database by a test named for it: the answers must be the same on all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeclaredNamesScenarios {

	private static final EntityModel model = new EntityModel() {

		@Override
		public Optional<String> entity(String table) {
			return Optional.empty();
		}

		@Override
		public Optional<String> field(String table, String column) {
			return Optional.empty();
		}

		@Override
		public Optional<String> constraint(String name) {
			return name.equalsIgnoreCase("uq_Player_Nickname") ? Optional.of("uq_Player_Nickname") : Optional.empty();
		}

	};

	/** The database of the test class, whose fixture creates and drops it. */
	abstract DatabaseFixture db();

	@BeforeAll
	void createTable() throws SQLException {
		db().execute("create table player (id int primary key, email varchar(100) not null, "
				+ "nickname varchar(20) not null, code varchar(10) not null, "
				+ "constraint uq_player_email unique (email), constraint uq_Player_Nickname unique (nickname), "
				+ "unique (code))", "insert into player (id, email, nickname, code) values (1, 'a', 'a', 'a')");
	}

	/** A resolver whose catalog is read, so that no answer depends on how fast the first read is. */
	private Resolver resolver(Naming naming) {
		Resolver resolver = RootCause.resolver(db().dataSource()).withModel(model).withNaming(naming);
		resolver.catalog();
		return resolver;
	}

	private Cause duplicate(Naming naming, String column) throws SQLException {
		SQLException ex = db().violation("insert into player (id, email, nickname, code) values (2, "
				+ (column.equals("email") ? "'a'" : "'b'") + ", " + (column.equals("nickname") ? "'a'" : "'b'")
				+ ", " + (column.equals("code") ? "'a'" : "'b'") + ")");
		return resolver(naming).resolve(ex).orElseThrow();
	}

	/** A name declared in lower case is answered in lower case, with its table and columns. */
	@Test
	void aLowerCaseNameIsAnsweredAsDeclared() throws SQLException {
		Cause cause = duplicate(Naming.DECLARED, "email");
		assertThat(cause.constraint()).contains("uq_player_email");
		assertThat(cause.table()).contains("player");
		assertThat(cause.columns()).containsExactly("email");
	}

	/** A name declared in mixed case through the entity model is answered as the model declares it. */
	@Test
	void aMixedCaseNameIsAnsweredAsTheModelDeclaresIt() throws SQLException {
		assertThat(duplicate(Naming.DECLARED, "nickname").constraint()).contains("uq_Player_Nickname");
	}

	/** A name the database generated is answered as the database reported it. */
	@Test
	void aGeneratedNameIsAnsweredAsReported() throws SQLException {
		String reported = duplicate(Naming.AS_REPORTED, "code").constraint().orElseThrow();
		assertThat(duplicate(Naming.DECLARED, "code").constraint()).contains(reported);
	}

	/** As reported, the name is the one the database stores. */
	@Test
	void asReportedTheNameIsTheStoredOne() throws SQLException {
		String stored = resolver(Naming.AS_REPORTED).catalog().named("uq_player_email").get(0).name();
		assertThat(duplicate(Naming.AS_REPORTED, "email").constraint()).contains(stored);
	}

	/**
	 * As reported, a database that folds unquoted names to upper case names it in upper case: called by the tests of
	 * those databases.
	 */
	void reportedNamesAreUpperCase() throws SQLException {
		Cause cause = duplicate(Naming.AS_REPORTED, "email");
		assertThat(cause.constraint()).contains("UQ_PLAYER_EMAIL");
		assertThat(cause.table()).contains("PLAYER");
		assertThat(cause.columns()).containsExactly("EMAIL");
	}

}
