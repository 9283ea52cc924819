package io.github.rootcause.benchmarks;

import java.sql.SQLException;

import io.github.rootcause.testing.DriverExceptions;
import org.hibernate.dialect.DB2Dialect;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.OracleDialect;
import org.hibernate.dialect.SQLServerDialect;
import org.hibernate.exception.spi.ViolatedConstraintNameExtractor;

/**
 * A database with no server here, whose exceptions the benchmarks build as its driver builds them, from the
 * vendor's documented messages on the benchmark schema of {@link Violation}.
 */
public enum Recorded {

	/** Oracle through ojdbc11. */
	ORACLE("Oracle") {
		@Override
		SQLException exception(Violation violation) {
			return switch (violation) {
				case UNIQUE -> DriverExceptions.oracle(1,
						"ORA-00001: unique constraint (APP.UQ_CHILD_EMAIL) violated");
				case FOREIGN_KEY -> DriverExceptions.oracle(2291,
						"ORA-02291: integrity constraint (APP.FK_CHILD_PARENT) violated - parent key not found");
				case NOT_NULL -> DriverExceptions.oracle(1400,
						"ORA-01400: cannot insert NULL into (\"APP\".\"CHILD\".\"EMAIL\")");
				case CHECK -> DriverExceptions.oracle(2290,
						"ORA-02290: check constraint (APP.CK_CHILD_QTY) violated");
			};
		}
	},

	/** SQL Server through mssql-jdbc. */
	SQL_SERVER("MS-SQL") {
		@Override
		SQLException exception(Violation violation) {
			return switch (violation) {
				case UNIQUE -> DriverExceptions.sqlServer(2627, "Violation of UNIQUE KEY constraint 'uq_child_email'. "
						+ "Cannot insert duplicate key in object 'dbo.child'. The duplicate key value is "
						+ "(a@example.com).");
				case FOREIGN_KEY -> DriverExceptions.sqlServer(547, "The INSERT statement conflicted with the "
						+ "FOREIGN KEY constraint \"fk_child_parent\". The conflict occurred in database \"app\", "
						+ "table \"dbo.parent\", column 'id'.");
				case NOT_NULL -> DriverExceptions.sqlServer(515, "Cannot insert the value NULL into column 'email', "
						+ "table 'app.dbo.child'; column does not allow nulls. INSERT fails.");
				case CHECK -> DriverExceptions.sqlServer(547, "The INSERT statement conflicted with the CHECK "
						+ "constraint \"ck_child_qty\". The conflict occurred in database \"app\", table "
						+ "\"dbo.child\", column 'qty'.");
			};
		}
	},

	/** Db2 through the JCC driver. */
	DB2("DB2") {
		@Override
		SQLException exception(Violation violation) {
			return switch (violation) {
				case UNIQUE -> DriverExceptions.db2(-803, "23505", "2", "APP.CHILD");
				case FOREIGN_KEY -> DriverExceptions.db2(-530, "23503", "APP.CHILD.FK_CHILD_PARENT");
				case NOT_NULL -> DriverExceptions.db2(-407, "23502", "EMAIL");
				case CHECK -> DriverExceptions.db2(-545, "23513", "APP.CHILD.CK_CHILD_QTY");
			};
		}
	};

	private final String springName;

	Recorded(String springName) {
		this.springName = springName;
	}

	/**
	 * The exception the driver throws for the violation.
	 * @param violation which violation
	 * @return the driver's exception
	 */
	abstract SQLException exception(Violation violation);

	/**
	 * The name Spring's {@code sql-error-codes.xml} knows the database by.
	 * @return the name
	 */
	String springName() {
		return this.springName;
	}

	/**
	 * Hibernate's constraint-name extractor for the database.
	 * @return the extractor
	 */
	ViolatedConstraintNameExtractor hibernateExtractor() {
		Dialect dialect = switch (this) {
			case ORACLE -> new OracleDialect();
			case SQL_SERVER -> new SQLServerDialect();
			case DB2 -> new DB2Dialect();
		};
		return dialect.getViolatedConstraintNameExtractor();
	}

}
