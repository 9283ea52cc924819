package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.List;

import com.mysql.cj.jdbc.exceptions.SQLError;
import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import io.github.rootcause.Reference;
import io.github.rootcause.RootCause;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vitess and PlanetScale, recorded: VTGate answers with MySQL's error number and SQLState and a message that wraps
 * MySQL's between the tablet and {@code (errno N) (sqlstate S)}, followed by the caller, the SQL and its bind
 * variables (the format of Vitess's {@code tabletserver.go}, and messages quoted in Vitess's issue tracker),
 * built here by MySQL Connector/J's own exception factory. Only MySQL's message is read: no name in the SQL and no
 * value in the bind variables can become part of the answer.
 */
class VitessRecordedMessagesTest {

	private static final String SQL = ": Sql: \"insert into users(id, email) values (:vtg1 /* INT64 */, :vtg2 /* VARCHAR */)\", "
			+ "BindVars: {vtg1: \"type:INT64 value:\\\"1\\\"\"vtg2: \"type:VARCHAR value:\\\"x' for key 'evil.secret'\\\"\"}";

	@Test
	void duplicateEntryThroughVitessNamesTheKeyOfTheInnerErrorNotTheBindVariables() {
		SQLException ex = vitess("target: ks.-80.primary: vttablet: rpc error: code = AlreadyExists desc = Duplicate "
				+ "entry 'x' for key 'users.email_uq' (errno 1062) (sqlstate 23000) (CallerID: app)" + SQL, 1062);
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE).withTable("users").withConstraint("email_uq"));
	}

	@Test
	void duplicateEntryThroughNewerVitessWithoutTheRpcStatusReadsTheSame() {
		SQLException ex = vitess("target: commerce.0.primary: vttablet: Duplicate entry '1' for key 'customer.PRIMARY' "
				+ "(errno 1062) (sqlstate 23000) (CallerID: userData1)" + SQL, 1062);
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE).withTable("customer").withConstraint("PRIMARY"));
	}

	@Test
	void duplicateEntryInALookupVindexThroughVitessNamesTheLookupTablesKey() {
		SQLException ex = vitess("transaction rolled back to reverse changes of partial DML execution: lookup.Create: "
				+ "Code: ALREADY_EXISTS\nvttablet: Duplicate entry 'bar' for key 'things_name_lookup.PRIMARY' (errno 1062) "
				+ "(sqlstate 23000) (CallerID: mysql_user): ", 1062);
		assertThat(RootCause.of(ex))
			.contains(cause(Kind.UNIQUE).withTable("things_name_lookup").withConstraint("PRIMARY"));
	}

	@Test
	void foreignKeyNotNullAndCheckThroughVitessReadTheInnerError() {
		assertThat(RootCause.of(vitess("target: ks.0.primary: vttablet: Cannot add or update a child row: a foreign key "
				+ "constraint fails (`ks`.`child`, CONSTRAINT `fk_parent` FOREIGN KEY (`parent_id`) REFERENCES `parent` "
				+ "(`id`)) (errno 1452) (sqlstate 23000) (CallerID: app)" + SQL, 1452)))
			.contains(cause(Kind.FOREIGN_KEY).withSchema("ks")
				.withTable("child")
				.withConstraint("fk_parent")
				.withColumns(List.of("parent_id"))
				.withReference(Reference.MISSING));
		assertThat(RootCause.of(vitess("target: ks.0.primary: vttablet: Column 'email' cannot be null (errno 1048) "
				+ "(sqlstate 23000) (CallerID: app)" + SQL, 1048)))
			.contains(cause(Kind.NOT_NULL).withColumns(List.of("email")));
		assertThat(RootCause.of(vitess("target: ks.0.primary: vttablet: Check constraint 'users_chk_1' is violated. "
				+ "(errno 3819) (sqlstate HY000) (CallerID: app)" + SQL, 3819)))
			.contains(cause(Kind.CHECK).withConstraint("users_chk_1"));
	}

	@Test
	void aTerseVitessErrorHoldsNoMysqlMessageAndGivesTheKindOnly() {
		SQLException ex = vitess("target: ks.-80.primary: vttablet: (errno 1062) (sqlstate 23000) (CallerID: app)"
				+ SQL, 1062);
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE));
	}

	@Test
	void aVitessErrorThatLostItsNumberIsReadByTheNumberInItsMessage() {
		SQLException ex = vitess("target: ks.-80.primary: vttablet: Duplicate entry 'x' for key 'users.email_uq' "
				+ "(errno 1062) (sqlstate 23000) (CallerID: app)" + SQL, 1105);
		assertThat(RootCause.of(ex)).contains(cause(Kind.UNIQUE).withTable("users").withConstraint("email_uq"));
	}

	@Test
	void aValueHoldingTheMarkerEndsTheReadNoNameFromTheSqlIsTaken() {
		SQLException ex = vitess("target: ks.-80.primary: vttablet: Duplicate entry 'x (errno 1062) (sqlstate 23000)\n' "
				+ "for key 'users.email_uq' (errno 1062) (sqlstate 23000) (CallerID: app)" + SQL, 1062);
		assertThat(RootCause.of(ex).flatMap(Cause::constraint)).isEmpty();
		assertThat(RootCause.of(ex).flatMap(Cause::table)).isEmpty();
	}

	private static SQLException vitess(String message, int code) {
		return SQLError.createSQLException(message, "23000", code, null);
	}

	private static Cause cause(Kind kind) {
		return Cause.of(kind).withDatabase(Database.MYSQL);
	}

}
