package io.github.rootcause.spring.existing;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;

import io.github.rootcause.Cause;
import io.github.rootcause.spring.jdbc.ConstraintViolation;
import io.github.rootcause.spring.jdbc.ForeignKeyViolationException;
import io.github.rootcause.spring.jdbc.NotNullViolationException;
import io.github.rootcause.spring.jdbc.UniqueViolationException;
import io.github.rootcause.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The clinic's data access as its code sees it: repositories that build their own templates, a MyBatis mapper
 * and a jOOQ store throw the typed exceptions, with the table and columns resolved from the statement that
 * failed, and pass everything else through as before. Run on each database by a subclass named for it.
 */
abstract class ExistingRepositoriesScenarios extends ClinicScenarios {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Repositories.JdbcPetRepository pets;

	@Autowired
	private Repositories.JdbcUserRepository users;

	@Autowired
	private Repositories.LegacyUserRepository legacy;

	@Autowired
	private OwnerMapper owners;

	@Autowired
	private Repositories.JooqUserStore jooq;

	@Autowired
	private Repositories.PetTypeStore types;

	@Test
	void aHandMadeSimpleJdbcInsertThrowsTheTypedForeignKeyViolation() {
		assertThatExceptionOfType(ForeignKeyViolationException.class)
			.isThrownBy(() -> this.pets.save("Leo", 999, null))
			.satisfies((ex) -> resolved(ex.violation(), "pet", "type_id"));
	}

	/**
	 * MariaDB names only the column, which three tables have, and {@code SimpleJdbcInsert} does not tell Spring its
	 * statement: there the table stays unknown.
	 */
	@Test
	void aHandMadeSimpleJdbcInsertThrowsTheTypedNotNullViolation() {
		NotNullViolationException ex = catchThrowableOfType(NotNullViolationException.class,
				() -> this.pets.save(null, this.dogType, null));
		if (this.database == TestDatabase.MARIADB) {
			assertThat(ex.violation().columns()).containsExactly("name");
			assertThat(ex.violation().table()).isEmpty();
		}
		else {
			resolved(ex.violation(), "pet", "name");
		}
	}

	@Test
	void aHandMadeNamedParameterJdbcTemplateThrowsTheTypedNotNullViolation() {
		this.jdbc.update("insert into pet (name, type_id) values ('Rex', ?)", this.dogType);
		assertThatExceptionOfType(NotNullViolationException.class).isThrownBy(() -> this.pets.deleteType(this.dogType))
			.satisfies((ex) -> resolved(ex.violation(), "pet", "type_id"));
	}

	@Test
	void aRepositoryMethodThatDeclaresDataAccessExceptionThrowsTheTypedUniqueViolation() {
		assertThatExceptionOfType(UniqueViolationException.class)
			.isThrownBy(() -> this.users.saveDeclaringWhatItThrows("taken-user"))
			.satisfies((ex) -> resolved(ex.violation(), "app_user", "username"));
	}

	@Test
	void aHandMadeJdbcClientThrowsTheTypedUniqueViolation() {
		assertThatExceptionOfType(UniqueViolationException.class).isThrownBy(() -> this.users.save("taken-user"))
			.satisfies((ex) -> resolved(ex.violation(), "app_user", "username"));
	}

	@Test
	void aTemplateWithATranslatorOfItsOwnThrowsTheTypedUniqueViolation() {
		assertThatExceptionOfType(UniqueViolationException.class).isThrownBy(() -> this.legacy.save("taken-user"))
			.satisfies((ex) -> resolved(ex.violation(), "app_user", "username"));
	}

	@Test
	void aMyBatisMapperThrowsTheTypedUniqueViolation() {
		assertThatExceptionOfType(UniqueViolationException.class)
			.isThrownBy(() -> this.owners.insert("Other", null, "555-0100"))
			.satisfies((ex) -> resolved(ex.violation(), "owner", "telephone"));
	}

	@Test
	void aMyBatisMapperThrowsTheTypedNotNullViolationNamingTheTable() {
		assertThatExceptionOfType(NotNullViolationException.class)
			.isThrownBy(() -> this.owners.insert(null, "Nameless", null))
			.satisfies((ex) -> resolved(ex.violation(), "owner", "first_name"));
	}

	@Test
	void jooqThrowsTheTypedUniqueViolation() {
		assertThatExceptionOfType(UniqueViolationException.class).isThrownBy(() -> this.jooq.save("taken-user"))
			.satisfies((ex) -> resolved(ex.violation(), "app_user", "username"));
	}

	@Test
	void jooqThrowsTheTypedNotNullViolationNamingTheTable() {
		assertThatExceptionOfType(NotNullViolationException.class).isThrownBy(() -> this.jooq.save(null))
			.satisfies((ex) -> resolved(ex.violation(), "app_user", "username"));
	}

	@Test
	void whatIsNotAViolationPassesThroughAsSpringTranslatedIt() {
		Throwable tooLong = catchThrowable(() -> this.pets.save("x".repeat(40), this.dogType, null));
		// What Spring itself makes of it differs between lines and databases (Spring Framework 6.2 reads
		// MariaDB's 1406 as bad grammar): the same insert through a SimpleJdbcInsert that rootcause never saw.
		Throwable spring = catchThrowable(() -> Repositories.into(this.dataSource, "pet")
			.execute(Map.of("name", "x".repeat(40), "type_id", this.dogType)));
		assertThat(tooLong).isExactlyInstanceOf(spring.getClass()).isNotInstanceOf(ConstraintViolation.class);
		Throwable noTable = catchThrowable(() -> this.jooq.saveInto("no_such_table", "someone"));
		assertThat(noTable).isInstanceOf(BadSqlGrammarException.class).isNotInstanceOf(ConstraintViolation.class);
	}

	/** Outside a repository nothing translates; the web layer reads the statement from Spring's exception. */
	@Test
	void aTemplateMadeByHandOutsideAnyRepositoryThrowsWhatSpringThrows() {
		assertThat(catchThrowable(() -> this.types.save(null))).isInstanceOf(DataIntegrityViolationException.class)
			.isNotInstanceOf(ConstraintViolation.class);
	}

	private void resolved(Cause cause, String table, String column) {
		assertThat(cause.table()).hasValueSatisfying((name) -> assertThat(name).isEqualToIgnoringCase(table));
		assertThat(cause.columns()).singleElement()
			.satisfies((name) -> assertThat(name).isEqualToIgnoringCase(column));
	}

}
