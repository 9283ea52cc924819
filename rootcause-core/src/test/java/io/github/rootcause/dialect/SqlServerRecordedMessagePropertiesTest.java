package io.github.rootcause.dialect;

import java.sql.SQLException;
import java.util.Optional;

import io.github.rootcause.Cause;
import io.github.rootcause.Database;
import io.github.rootcause.Kind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL Server: recorded messages cut anywhere, with anything inserted anywhere, and random messages with any vendor
 * code; the dialect never throws and gives the kind the vendor code names.
 */
class SqlServerRecordedMessagePropertiesTest {

	@Property(tries = 400)
	void mutatedSqlServerMessagesNeverThrowAndKeepTheKindTheVendorCodeNames(
			@ForAll("recordedMessages") RecordedMessage recorded, @ForAll @IntRange(max = 260) int cut,
			@ForAll String inserted, @ForAll @IntRange(max = 260) int at) {
		assertThat(recorded.readMutated(Dialect.of(Database.SQL_SERVER), cut, inserted, at).map(Cause::kind))
			.isEqualTo(Optional.ofNullable(recorded.kind()));
	}

	/** 547 covers foreign keys and checks: only the words of the message tell which, so a mutation may say none. */
	@Property(tries = 400)
	void mutatedConflictMessagesOnSqlServerGiveAForeignKeyOrCheckOrNothing(@ForAll @IntRange(max = 200) int cut,
			@ForAll String inserted, @ForAll @IntRange(max = 200) int at) {
		RecordedMessage conflict = new RecordedMessage(547, "23000", "The DELETE statement conflicted with the "
				+ "REFERENCE constraint \"FK_order_customer\". The conflict occurred in database \"shop\", table "
				+ "\"dbo.orders\", column 'customer_id'.", null);
		assertThat(conflict.readMutated(Dialect.of(Database.SQL_SERVER), cut, inserted, at).map(Cause::kind)
			.orElse(Kind.FOREIGN_KEY)).isIn(Kind.FOREIGN_KEY, Kind.CHECK);
	}

	@Property(tries = 400)
	void randomSqlServerMessagesWithAnyVendorCodeNeverThrow(@ForAll String message, @ForAll int code,
			@ForAll String sqlState) {
		assertThat(Dialect.of(Database.SQL_SERVER).read(new SQLException(message, sqlState, code))).isNotNull();
	}

	@Provide
	Arbitrary<RecordedMessage> recordedMessages() {
		return Arbitraries.of(
				new RecordedMessage(2627, "23000", "Violation of UNIQUE KEY constraint 'UQ_customer_email'. Cannot "
						+ "insert duplicate key in object 'dbo.customer'. The duplicate key value is (O'Brien').",
						Kind.UNIQUE),
				new RecordedMessage(2601, "23000", "Cannot insert duplicate key row in object 'dbo.customer' with "
						+ "unique index 'ix_customer_email'. The duplicate key value is (a' with unique index 'b).",
						Kind.UNIQUE),
				new RecordedMessage(515, "23000", "Cannot insert the value NULL into column 'email', table "
						+ "'shop.dbo.customer'; column does not allow nulls. INSERT fails.", Kind.NOT_NULL),
				new RecordedMessage(1205, "40001", "Transaction (Process ID 57) was deadlocked on lock resources "
						+ "with another process and has been chosen as the deadlock victim. Rerun the transaction.",
						null),
				new RecordedMessage(2628, "S0001", "String or binary data would be truncated in table "
						+ "'shop.dbo.customer', column 'email'. Truncated value: 'x'.", null));
	}

}
