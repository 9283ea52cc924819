package io.github.rootcause;

import java.sql.SQLException;
import java.util.List;

import com.mysql.cj.jdbc.exceptions.SQLError;
import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.Constraint;
import org.junit.jupiter.api.Test;

import static io.github.rootcause.RecordedResolve.resolve;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * TiDB resolve, from TiDB's messages (MySQL's codes and templates, its keys qualified by table, as TiDB's
 * {@code errno} package and error reference give them) built by MySQL Connector/J's own exception factory, and a
 * catalog as {@code MySqlCatalogReader} reads it (TiDB serves MySQL's {@code information_schema}; there is no TiDB
 * server here). In an optimistic transaction TiDB checks unique keys at {@code COMMIT}: the error comes from
 * {@code commit()}, with no statement, or after statements on other tables; the table then comes from the key's
 * qualifier, never from whatever SQL ran last.
 */
class TiDbRecordedResolveTest {

	private static final Catalog CATALOG = Catalog.of(Database.MYSQL, "app", List.of(
			new Constraint("app", "users", "PRIMARY", Kind.UNIQUE, List.of("id"), null),
			new Constraint("app", "users", "uq_email", Kind.UNIQUE, List.of("email"), null),
			new Constraint("app", "audit_log", "PRIMARY", Kind.UNIQUE, List.of("id"), null),
			new Constraint("app", "audit_log", "uq_email", Kind.UNIQUE, List.of("actor_email"), null),
			new Constraint("app", "orders", "fk_orders_users", Kind.FOREIGN_KEY, List.of("user_id"), "users"),
			new Constraint("app", "orders", "orders_chk_1", Kind.CHECK, List.of("quantity"), null)));

	@Test
	void uniqueViolationRaisedAtCommitOnTiDbTakesTheTableFromTheQualifiedKey() {
		assertThat(resolve(CATALOG, tidb("Duplicate entry 'a@example.com' for key 'users.uq_email'", "23000", 1062),
				null))
			.contains(cause(Kind.UNIQUE, "uq_email", "users", "email"));
	}

	@Test
	void uniqueViolationRaisedAtCommitOnTiDbAfterAStatementOnAnotherTableIgnoresThatStatement() {
		assertThat(resolve(CATALOG, tidb("Duplicate entry '7' for key 'users.PRIMARY'", "23000", 1062),
				"insert into audit_log (id, actor_email) values (7, 'a@example.com')"))
			.contains(cause(Kind.UNIQUE, "PRIMARY", "users", "id"));
		assertThat(resolve(CATALOG, tidb("Duplicate entry 'a@example.com' for key 'users.uq_email'", "23000", 1062),
				"insert into audit_log (id, actor_email) values (7, 'a@example.com')"))
			.contains(cause(Kind.UNIQUE, "uq_email", "users", "email"));
	}

	@Test
	void foreignKeyViolationsOnTiDbResolveBothSides() {
		assertThat(resolve(CATALOG, tidb("Cannot add or update a child row: a foreign key constraint fails "
				+ "(`app`.`orders`, CONSTRAINT `fk_orders_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`))",
				"23000", 1452), null))
			.contains(cause(Kind.FOREIGN_KEY, "fk_orders_users", "orders", "user_id").withReference(Reference.MISSING));
		assertThat(resolve(CATALOG, tidb("Cannot delete or update a parent row: a foreign key constraint fails "
				+ "(`app`.`orders`, CONSTRAINT `fk_orders_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`))",
				"23000", 1451), null))
			.contains(cause(Kind.FOREIGN_KEY, "fk_orders_users", "orders", "user_id")
				.withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void notNullAndCheckViolationsOnTiDbResolveAsOnMySql() {
		assertThat(resolve(CATALOG, tidb("Column 'email' cannot be null", "23000", 1048),
				"insert into users (id, email) values (1, null)"))
			.contains(Cause.of(Kind.NOT_NULL).withTable("users").withColumns(List.of("email"))
				.withDatabase(Database.MYSQL));
		assertThat(resolve(CATALOG, tidb("Check constraint 'orders_chk_1' is violated.", "HY000", 3819), null))
			.contains(cause(Kind.CHECK, "orders_chk_1", "orders", "quantity"));
	}

	private static SQLException tidb(String message, String sqlState, int code) {
		return SQLError.createSQLException(message, sqlState, code, null);
	}

	private static Cause cause(Kind kind, String constraint, String table, String column) {
		return Cause.of(kind)
			.withConstraint(constraint)
			.withSchema("app")
			.withTable(table)
			.withColumns(List.of(column))
			.withDatabase(Database.MYSQL);
	}

}
