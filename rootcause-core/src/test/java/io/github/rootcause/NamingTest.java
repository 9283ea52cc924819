package io.github.rootcause;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamingTest {

	private static final EntityModel declaring = new EntityModel() {

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

	private static Cause reported(Database database, String constraint, String table, String column) {
		return Cause.of(Kind.UNIQUE)
			.withConstraint(constraint)
			.withTable(table)
			.withColumns(List.of(column))
			.withFields(List.of("email"))
			.withDatabase(database);
	}

	@Test
	void upperCaseNamesOfDatabasesThatFoldToUpperCaseAreAnsweredInLowerCase() {
		for (Database database : List.of(Database.H2, Database.HSQLDB, Database.DERBY, Database.ORACLE, Database.DB2)) {
			Cause named = Naming.DECLARED.apply(reported(database, "UQ_PLAYER_EMAIL", "PLAYER", "EMAIL"),
					EntityModel.none());
			assertThat(named).as(database.name())
				.isEqualTo(reported(database, "uq_player_email", "player", "email"));
		}
	}

	@Test
	void namesOfDatabasesThatKeepOrFoldToLowerCaseAreKept() {
		for (Database database : List.of(Database.POSTGRESQL, Database.MARIADB, Database.MYSQL, Database.SQL_SERVER,
				Database.SQLITE)) {
			Cause reported = reported(database, "UQ_PLAYER_EMAIL", "PLAYER", "EMAIL");
			assertThat(Naming.DECLARED.apply(reported, EntityModel.none())).as(database.name()).isSameAs(reported);
		}
	}

	@Test
	void aNameWithALowerCaseLetterWasQuotedAndIsKept() {
		Cause reported = reported(Database.H2, "uq_Player_Email", "Player", "eMail");
		assertThat(Naming.DECLARED.apply(reported, EntityModel.none())).isSameAs(reported);
	}

	@Test
	void theEntityModelsDeclaredNameWinsOnEveryDatabase() {
		assertThat(Naming.DECLARED.constraint("UQ_PLAYER_NICKNAME", Database.H2, declaring))
			.isEqualTo("uq_Player_Nickname");
		assertThat(Naming.DECLARED.constraint("uq_player_nickname", Database.POSTGRESQL, declaring))
			.isEqualTo("uq_Player_Nickname");
		assertThat(Naming.DECLARED.constraint("uq_Player_Nickname", Database.MARIADB, declaring))
			.isEqualTo("uq_Player_Nickname");
		assertThat(Naming.DECLARED.constraint("UQ_PLAYER_NICKNAME", null, declaring)).isEqualTo("uq_Player_Nickname");
	}

	@Test
	void namesTheDatabaseGeneratedAreLeftAsReported() {
		assertThat(Naming.DECLARED.constraint("CONSTRAINT_8C", Database.H2, EntityModel.none()))
			.isEqualTo("CONSTRAINT_8C");
		assertThat(Naming.DECLARED.constraint("CONSTRAINT_INDEX_8", Database.H2, EntityModel.none()))
			.isEqualTo("CONSTRAINT_INDEX_8");
		assertThat(Naming.DECLARED.constraint("PRIMARY_KEY_8", Database.H2, EntityModel.none()))
			.isEqualTo("PRIMARY_KEY_8");
		assertThat(Naming.DECLARED.constraint("SYS_CT_10092", Database.HSQLDB, EntityModel.none()))
			.isEqualTo("SYS_CT_10092");
		assertThat(Naming.DECLARED.constraint("SQL230917123456780", Database.DERBY, EntityModel.none()))
			.isEqualTo("SQL230917123456780");
		assertThat(Naming.DECLARED.constraint("SYS_C0012345", Database.ORACLE, EntityModel.none()))
			.isEqualTo("SYS_C0012345");
		assertThat(Naming.DECLARED.constraint("CONSTRAINT_PLAYER", Database.H2, EntityModel.none()))
			.isEqualTo("constraint_player");
	}

	@Test
	void asReportedChangesNothing() {
		Cause reported = reported(Database.H2, "UQ_PLAYER_NICKNAME", "PLAYER", "NICKNAME");
		assertThat(Naming.AS_REPORTED.apply(reported, declaring)).isSameAs(reported);
	}

	@Test
	void aModelThatThrowsDeclaresNothing() {
		EntityModel broken = new EntityModel() {

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
				throw new IllegalStateException("not started");
			}

		};
		assertThat(Naming.DECLARED.constraint("UQ_PLAYER_EMAIL", Database.H2, broken)).isEqualTo("uq_player_email");
	}

	@Test
	void aDeclaredNameThatIsAnotherNameIsIgnored() {
		EntityModel confused = new EntityModel() {

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
				return Optional.of("something_else");
			}

		};
		assertThat(Naming.DECLARED.constraint("UQ_PLAYER_EMAIL", Database.H2, confused)).isEqualTo("uq_player_email");
	}

}
