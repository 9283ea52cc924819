package io.github.rootcause;

import java.util.List;

import io.github.rootcause.catalog.Catalog;
import io.github.rootcause.catalog.Constraint;
import org.junit.jupiter.api.Test;

import static io.github.rootcause.RecordedResolve.resolve;
import static io.github.rootcause.testing.DriverExceptions.oracle;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oracle resolve, from recorded messages and a catalog as {@code OracleCatalogReader} reads it (there is no
 * Oracle server here).
 */
class OracleRecordedResolveTest {

	private static final Catalog CATALOG = Catalog.of(Database.ORACLE, "APP", List.of(
			new Constraint("APP", "CUSTOMER", "PK_CUSTOMER", Kind.UNIQUE, List.of("ID"), null),
			new Constraint("APP", "CUSTOMER", "UQ_CUSTOMER_EMAIL", Kind.UNIQUE, List.of("EMAIL"), null),
			new Constraint("OTHER", "CLIENT", "UQ_CUSTOMER_EMAIL", Kind.UNIQUE, List.of("MAIL"), null),
			new Constraint("APP", "ORDERS", "FK_ORDER_CUSTOMER", Kind.FOREIGN_KEY, List.of("CUSTOMER_ID"),
					"CUSTOMER"),
			new Constraint("APP", "ORDERS", "CK_ORDER_QUANTITY", Kind.CHECK, List.of("QUANTITY"), null),
			new Constraint("APP", "ORDERS", "SYS_C008124", Kind.CHECK, List.of("STATUS"), null)));

	@Test
	void uniqueViolationOnOracleResolvesTableAndColumnsInTheSchemaTheMessageNames() {
		assertThat(resolve(CATALOG, oracle(1, "ORA-00001: unique constraint (APP.UQ_CUSTOMER_EMAIL) violated"),
				null))
			.contains(cause(Kind.UNIQUE).withSchema("APP")
				.withConstraint("UQ_CUSTOMER_EMAIL")
				.withTable("CUSTOMER")
				.withColumns(List.of("EMAIL")));
	}

	@Test
	void primaryKeyViolationOnOracleResolvesTableAndColumns() {
		assertThat(resolve(CATALOG, oracle(1, "ORA-00001: unique constraint (APP.PK_CUSTOMER) violated"), null))
			.contains(cause(Kind.UNIQUE).withSchema("APP")
				.withConstraint("PK_CUSTOMER")
				.withTable("CUSTOMER")
				.withColumns(List.of("ID")));
	}

	@Test
	void notNullViolationOnOracleIsCompleteWithoutTheCatalog() {
		assertThat(resolve(CATALOG,
				oracle(1400, "ORA-01400: cannot insert NULL into (\"APP\".\"CUSTOMER\".\"EMAIL\")"), null))
			.contains(cause(Kind.NOT_NULL).withSchema("APP").withTable("CUSTOMER").withColumns(List.of("EMAIL")));
	}

	@Test
	void checkViolationsOnOracleResolveTableAndColumnsForNamedAndUnnamedChecks() {
		assertThat(resolve(CATALOG, oracle(2290, "ORA-02290: check constraint (APP.CK_ORDER_QUANTITY) violated"),
				null))
			.contains(cause(Kind.CHECK).withSchema("APP")
				.withConstraint("CK_ORDER_QUANTITY")
				.withTable("ORDERS")
				.withColumns(List.of("QUANTITY")));
		assertThat(resolve(CATALOG, oracle(2290, "ORA-02290: check constraint (APP.SYS_C008124) violated"), null))
			.contains(cause(Kind.CHECK).withSchema("APP")
				.withConstraint("SYS_C008124")
				.withTable("ORDERS")
				.withColumns(List.of("STATUS")));
	}

	@Test
	void foreignKeyViolationsOnOracleResolveTheReferencingTableAndColumnsOnBothSides() {
		Cause expected = cause(Kind.FOREIGN_KEY).withSchema("APP")
			.withConstraint("FK_ORDER_CUSTOMER")
			.withTable("ORDERS")
			.withColumns(List.of("CUSTOMER_ID"));
		assertThat(resolve(CATALOG, oracle(2291,
				"ORA-02291: integrity constraint (APP.FK_ORDER_CUSTOMER) violated - parent key not found"),
				"insert into orders (id, customer_id) values (1, 9)"))
			.contains(expected.withReference(Reference.MISSING));
		assertThat(resolve(CATALOG, oracle(2292,
				"ORA-02292: integrity constraint (APP.FK_ORDER_CUSTOMER) violated - child record found"),
				"delete from customer where id = 1"))
			.contains(expected.withReference(Reference.STILL_REFERENCED));
	}

	@Test
	void deadlockOnOracleResolvesToNothing() {
		assertThat(resolve(CATALOG, oracle(60, "ORA-00060: deadlock detected while waiting for resource"), null))
			.isEmpty();
	}

	private static Cause cause(Kind kind) {
		return Cause.of(kind).withDatabase(Database.ORACLE);
	}

}
