package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.testing.DatabaseFixture;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL catalog reader against a live server: every kind of constraint and unique index, with its columns
 * in key order.
 */
class PostgresqlCatalogReaderTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.POSTGRESQL);

	@Test
	void catalogOnPostgresqlHoldsKeysUniqueIndexesForeignKeysChecksAndExclusions() throws SQLException {
		String other = db.createSchema("other");
		db.execute("create table " + other + ".remote (id int primary key)",
				"create table parent (id int primary key, code text constraint uq_parent_code unique)",
				"create table child (id int, parent_id int constraint fk_child_parent references parent, "
						+ "qty int constraint ck_child_qty check (qty > 0), low int, high int, check (low <= high), "
						+ "email text, tenant int, deleted boolean, during tsrange, "
						+ "constraint ex_child_during exclude using gist (during with &&))",
				"create unique index ux_child_tenant_email on child (tenant, lower(email))",
				"create unique index ux_child_live_email on child (email) where not deleted",
				"create unique index ux_child_id on child (id) include (qty)",
				"create index ix_child_qty on child (qty)",
				"create table \"Mixed Case\" (\"Col A\" int constraint \"Pk Mixed\" primary key, "
						+ "\"Ref\" int constraint \"Fk Mixed\" references " + other + ".remote)");
		String schema = db.schema();
		Catalog catalog;
		try (Connection connection = db.dataSource().getConnection()) {
			catalog = Catalog.read(connection, Database.POSTGRESQL, List.of(other));
		}
		assertThat(catalog.database()).contains(Database.POSTGRESQL);
		assertThat(catalog.defaultSchema()).contains(schema);
		assertThat(catalog.constraints().stream().filter((c) -> schema.equals(c.schema()))).containsExactlyInAnyOrder(
				new Constraint(schema, "parent", "parent_pkey", Kind.UNIQUE, List.of("id"), null),
				new Constraint(schema, "parent", "uq_parent_code", Kind.UNIQUE, List.of("code"), null),
				new Constraint(schema, "child", "fk_child_parent", Kind.FOREIGN_KEY, List.of("parent_id"), "parent"),
				new Constraint(schema, "child", "ck_child_qty", Kind.CHECK, List.of("qty"), null),
				new Constraint(schema, "child", "child_check", Kind.CHECK, List.of("low", "high"), null),
				new Constraint(schema, "child", "ex_child_during", Kind.EXCLUSION, List.of("during"), null),
				new Constraint(schema, "child", "ux_child_tenant_email", Kind.UNIQUE, List.of("tenant", "email"),
						null),
				new Constraint(schema, "child", "ux_child_live_email", Kind.UNIQUE, List.of("email"), null),
				new Constraint(schema, "child", "ux_child_id", Kind.UNIQUE, List.of("id"), null),
				new Constraint(schema, "Mixed Case", "Pk Mixed", Kind.UNIQUE, List.of("Col A"), null),
				new Constraint(schema, "Mixed Case", "Fk Mixed", Kind.FOREIGN_KEY, List.of("Ref"), "remote"));
		assertThat(catalog.constraints().stream().filter((c) -> other.equals(c.schema())))
			.containsExactly(new Constraint(other, "remote", "remote_pkey", Kind.UNIQUE, List.of("id"), null));
	}

}
