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
 * Oracle: recorded messages cut anywhere, with anything inserted anywhere, and random messages with any vendor
 * code; the dialect never throws and gives the kind the vendor code names.
 */
class OracleRecordedMessagePropertiesTest {

	@Property(tries = 400)
	void mutatedOracleMessagesNeverThrowAndKeepTheKindTheVendorCodeNames(
			@ForAll("recordedMessages") RecordedMessage recorded, @ForAll @IntRange(max = 260) int cut,
			@ForAll String inserted, @ForAll @IntRange(max = 260) int at) {
		assertThat(recorded.readMutated(Dialect.of(Database.ORACLE), cut, inserted, at).map(Cause::kind))
			.isEqualTo(Optional.ofNullable(recorded.kind()));
	}

	@Property(tries = 400)
	void randomOracleMessagesWithAnyVendorCodeNeverThrow(@ForAll String message, @ForAll int code,
			@ForAll String sqlState) {
		assertThat(Dialect.of(Database.ORACLE).read(new SQLException(message, sqlState, code))).isNotNull();
	}

	@Provide
	Arbitrary<RecordedMessage> recordedMessages() {
		return Arbitraries.of(
				new RecordedMessage(1, "23000", "ORA-00001: unique constraint (APP.UQ_CUSTOMER_NAME) violated on "
						+ "table APP.CUSTOMER columns (FIRST_NAME, LAST_NAME)\nORA-03301: (ORA-00001 details) row "
						+ "with column values (FIRST_NAME:'x) violated', LAST_NAME:'(y') already exists", Kind.UNIQUE),
				new RecordedMessage(1400, "23000",
						"ORA-01400: cannot insert NULL into (\"APP\".\"CUSTOMER\".\"EMAIL\")", Kind.NOT_NULL),
				new RecordedMessage(1407, "72000",
						"ORA-01407: cannot update (\"APP\".\"CUSTOMER\".\"EMAIL\") to NULL", Kind.NOT_NULL),
				new RecordedMessage(2290, "23000", "ORA-02290: check constraint (APP.CK_ORDER_QUANTITY) violated",
						Kind.CHECK),
				new RecordedMessage(2291, "23000",
						"ORA-02291: integrity constraint (APP.FK_ORDER_CUSTOMER) violated - parent key not found",
						Kind.FOREIGN_KEY),
				new RecordedMessage(2292, "23000",
						"ORA-02292: integrity constraint (APP.FK_ORDER_CUSTOMER) violated - child record found",
						Kind.FOREIGN_KEY),
				new RecordedMessage(60, "61000", "ORA-00060: deadlock detected while waiting for resource", null),
				new RecordedMessage(12899, "72000", "ORA-12899: value too large for column "
						+ "\"APP\".\"CUSTOMER\".\"NAME\" (actual: 300, maximum: 255)", null));
	}

}
