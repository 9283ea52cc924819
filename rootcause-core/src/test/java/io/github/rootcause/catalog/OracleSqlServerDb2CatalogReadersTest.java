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
 * The catalog readers of the databases with no server here, run on H2: the rows their queries return are
 * gathered into constraints as documented, and a query the database does not understand never fails the
 * catalog read (Oracle falls back to {@link java.sql.DatabaseMetaData}; SQL Server and Db2 go without checks).
 */
class OracleSqlServerDb2CatalogReadersTest {

	@RegisterExtension
	static final DatabaseFixture db = DatabaseFixture.of(TestDatabase.H2);

	@Test
	void catalogQueryRowsBecomeConstraintsInTheirColumnOrderWithReferencedTables() throws SQLException {
		String rows = """
				select * from (values
				  ('APP', 'CUSTOMER', 'UQ_CUSTOMER_NAME', 'U', 'LAST_NAME', null, 1),
				  ('APP', 'CUSTOMER', 'UQ_CUSTOMER_NAME', 'U', 'LAST_NAME', null, 1),
				  ('APP', 'CUSTOMER', 'UQ_CUSTOMER_NAME', 'U', 'FIRST_NAME', null, 2),
				  ('APP', 'ORDERS', 'FK_ORDER_CUSTOMER', 'F', 'CUSTOMER_ID', 'CUSTOMER', 1),
				  ('APP', 'ORDERS', 'CK_ORDER_QUANTITY', 'C', 'QUANTITY', null, null),
				  ('APP', 'BOOKING', 'CK_BOOKING_DATES', 'C', null, null, null),
				  ('APP', 'CUSTOMER', 'UX_CUSTOMER_EMAIL', 'U', 'ID', null, 1),
				  ('APP', 'CUSTOMER', 'UX_CUSTOMER_EMAIL', 'U', null, null, 2),
				  ('APP', 'CUSTOMER', 'IX_IGNORED', 'N', 'ID', null, 1)
				) as r(s, t, n, k, c, p, o) order by o""";
		try (Connection connection = db.dataSource().getConnection()) {
			assertThat(CatalogQuery.read(connection, rows)).containsExactlyInAnyOrder(
					new Constraint("APP", "CUSTOMER", "UQ_CUSTOMER_NAME", Kind.UNIQUE,
							List.of("LAST_NAME", "FIRST_NAME"), null),
					new Constraint("APP", "ORDERS", "FK_ORDER_CUSTOMER", Kind.FOREIGN_KEY, List.of("CUSTOMER_ID"),
							"CUSTOMER"),
					new Constraint("APP", "ORDERS", "CK_ORDER_QUANTITY", Kind.CHECK, List.of("QUANTITY"), null),
					new Constraint("APP", "BOOKING", "CK_BOOKING_DATES", Kind.CHECK, List.of(), null),
					new Constraint("APP", "CUSTOMER", "UX_CUSTOMER_EMAIL", Kind.UNIQUE, List.of(), null));
		}
	}

	@Test
	void oracleReaderFallsBackToDatabaseMetaDataWhenItsDictionaryQueryFails() throws SQLException {
		db.execute("create table customer (id int, email varchar(100), "
				+ "constraint pk_customer primary key (id, email))",
				"create table orders (id int primary key, customer_id int, email varchar(100), "
						+ "constraint fk_order_customer foreign key (customer_id, email) "
						+ "references customer (id, email))");
		try (Connection connection = db.dataSource().getConnection()) {
			Catalog catalog = Catalog.read(connection, Database.ORACLE);
			assertThat(catalog.named("PK_CUSTOMER")).singleElement()
				.satisfies((constraint) -> assertThat(constraint.columns()).containsExactly("ID", "EMAIL"));
			assertThat(catalog.named("FK_ORDER_CUSTOMER")).singleElement()
				.satisfies((constraint) -> assertThat(constraint.referencedTable()).isEqualTo("CUSTOMER"));
			assertThat(Catalog.read(connection, Database.SQL_SERVER).named("PK_CUSTOMER")).hasSize(1);
			assertThat(Catalog.read(connection, Database.DB2).named("FK_ORDER_CUSTOMER")).hasSize(1);
		}
	}

}
