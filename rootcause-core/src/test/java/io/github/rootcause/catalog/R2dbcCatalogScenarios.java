package io.github.rootcause.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.R2dbcRootCause;
import io.github.rootcause.Resolver;
import io.github.rootcause.RootCause;
import io.github.rootcause.testing.DatabaseFixture;
import io.r2dbc.spi.R2dbcException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog read over R2DBC, run by the subclasses once per database: the same constraints as the JDBC reader
 * reads with the same queries, and a resolver over a connection factory that fills the same gaps without
 * blocking.
 */
abstract class R2dbcCatalogScenarios {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/**
	 * The fixture of the subclass, on its database.
	 * @return the fixture
	 */
	abstract DatabaseFixture db();

	/**
	 * The statements that create the tables every test reads: keys, a composite unique key, a unique index, a
	 * foreign key and a check.
	 * @return the statements
	 */
	String[] schema() {
		return new String[] { "create table c_author (id int primary key, email varchar(100) not null,"
				+ " constraint uq_c_author_email unique (email))",
				"create table c_book (id int primary key, author_id int, isbn varchar(20), shelf int, position int,"
						+ " constraint fk_c_book_author foreign key (author_id) references c_author (id),"
						+ " constraint uq_c_book_place unique (shelf, position),"
						+ " constraint ck_c_book_shelf check (shelf > 0))",
				"create unique index ux_c_book_isbn on c_book (isbn)" };
	}

	@Test
	void catalogOverR2dbcHoldsTheSameConstraintsAsOverJdbc() throws SQLException {
		db().execute(schema());
		Catalog overR2dbc = R2dbcCatalogReader.read(db().r2dbc().connectionFactory()).block(TIMEOUT);
		Catalog overJdbc;
		try (Connection connection = db().dataSource().getConnection()) {
			overJdbc = Catalog.read(connection, Database.of(connection.getMetaData()).orElseThrow());
		}
		assertThat(overR2dbc.constraints()).isNotEmpty().containsExactlyElementsOf(overJdbc.constraints());
		assertThat(overR2dbc.database()).isEqualTo(overJdbc.database());
		assertThat(overR2dbc.defaultSchema()).isEqualTo(overJdbc.defaultSchema());
	}

	@Test
	void resolverOverAConnectionFactoryFillsTheGapsAsOverADataSourceOnceItsCatalogIsRead() throws Exception {
		db().execute("create table c_member (id int primary key, handle varchar(50),"
				+ " constraint uq_c_member_handle unique (handle))", "insert into c_member values (1, 'ann')");
		Resolver resolver = R2dbcRootCause.resolver(db().r2dbc().connectionFactory());
		resolver.readCatalog().toCompletableFuture().get(30, TimeUnit.SECONDS);
		R2dbcException ex = db().r2dbc().violation("insert into c_member values (2, 'ann')");
		Optional<Cause> resolved = resolver.resolve(ex);
		assertThat(resolved).isEqualTo(RootCause.resolver(db().dataSource()).withCatalogWait(Duration.ofMinutes(1)).resolve(ex));
		assertThat(resolved.flatMap(Cause::table)).isPresent();
		assertThat(resolved.map(Cause::columns)).hasValueSatisfying((columns) -> assertThat(columns).hasSize(1));
	}

	@Test
	void resolverOverAConnectionFactoryGivesWhatTheExceptionTellsUntilItsCatalogIsReadAndThenReadsIt()
			throws Exception {
		db().execute("create table c_guest (id int primary key)", "insert into c_guest values (1)");
		Resolver resolver = R2dbcRootCause.resolver(db().r2dbc().connectionFactory());
		R2dbcException ex = db().r2dbc().violation("insert into c_guest values (1)");
		assertThat(resolver.resolve(ex)).isPresent();
		Catalog read = resolver.readCatalog().toCompletableFuture().get(30, TimeUnit.SECONDS);
		assertThat(read.on(read.table("c_guest").orElseThrow())).isNotEmpty();
		assertThat(resolver.catalog()).isSameAs(read);
	}

}
