package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Resolver;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalog holds the application's schema (on MariaDB and MySQL, its database) and the schemas it is given, not
 * every schema of the server: 2,000 tables of another application beside it are not read. A violation in another
 * schema is still resolved in full, by reading that schema when the violation names it. Run by the subclasses
 * once per server.
 */
abstract class CatalogScopeScenarios {

	/** How many tables the other application has. */
	static final int OTHER_TABLES = 2000;

	/**
	 * The fixture of the subclass, on its database.
	 * @return the fixture
	 */
	abstract DatabaseFixture db();

	/**
	 * Creates tables named {@code t1} to {@code tN} in a schema, each with a primary key and a unique key, in a
	 * few round trips.
	 * @param schema the schema
	 * @param count how many
	 * @throws SQLException when they cannot be created
	 */
	abstract void createTables(String schema, int count) throws SQLException;

	@Test
	void catalogHoldsTheApplicationsSchemaAndNoneOfTheConstraintsOfAnotherApplicationsTables() throws SQLException {
		String other = db().createSchema("crowd");
		createTables(other, OTHER_TABLES);
		db().execute("create table account (id int primary key, email varchar(100),"
				+ " constraint uq_account_email unique (email))");
		Catalog catalog = read(List.of());
		assertThat(catalog.named("uq_account_email")).singleElement()
			.satisfies((constraint) -> assertThat(constraint.schema()).isEqualToIgnoringCase(db().schema()));
		assertThat(catalog.constraints()).noneMatch((constraint) -> other.equalsIgnoreCase(constraint.schema()));
		assertThat(catalog.covers(db().schema())).isTrue();
		assertThat(catalog.covers(other)).isFalse();
		Catalog withOther = read(List.of(other));
		assertThat(withOther.covers(other)).isTrue();
		assertThat(withOther.constraints().stream().filter((c) -> other.equalsIgnoreCase(c.schema())))
			.hasSize(2 * OTHER_TABLES);
	}

	@Test
	void violationInAnotherSchemaIsResolvedByReadingThatSchemaOnDemand() throws SQLException {
		String other = db().createSchema("billing");
		db().execute("create table " + other + ".invoice (id int primary key, number varchar(20),"
				+ " constraint uq_invoice_number unique (number))", "insert into " + other + ".invoice values (1, 'A')");
		Resolver resolver = RootCause.resolver(db().dataSource()).withCatalogWait(Duration.ofMinutes(1));
		assertThat(resolver.catalog().covers(other)).isFalse();
		String sql = "insert into " + other + ".invoice values (2, 'A')";
		Optional<Cause> resolved = resolver.resolve(db().violation(sql), sql);
		assertThat(resolved).map(Cause::kind).contains(Kind.UNIQUE);
		assertThat(resolved.flatMap(Cause::constraint)).contains("uq_invoice_number");
		assertThat(resolved.flatMap(Cause::table)).contains("invoice");
		assertThat(resolved.map(Cause::columns)).contains(List.of("number"));
		assertThat(resolver.catalog().covers(other)).isTrue();
	}

	private Catalog read(List<String> schemas) throws SQLException {
		try (Connection connection = db().dataSource().getConnection()) {
			return Catalog.read(connection, Database.of(connection.getMetaData()).orElseThrow(), schemas);
		}
	}

}
