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
 * Db2: recorded messages cut anywhere, with anything inserted anywhere, and random messages with any vendor
 * code; the dialect never throws and gives the kind the vendor code names.
 */
class Db2RecordedMessagePropertiesTest {

	@Property(tries = 400)
	void mutatedDb2MessagesNeverThrowAndKeepTheKindTheVendorCodeNames(
			@ForAll("recordedMessages") RecordedMessage recorded, @ForAll @IntRange(max = 260) int cut,
			@ForAll String inserted, @ForAll @IntRange(max = 260) int at) {
		assertThat(recorded.readMutated(Dialect.of(Database.DB2), cut, inserted, at).map(Cause::kind))
			.isEqualTo(Optional.ofNullable(recorded.kind()));
	}

	@Property(tries = 400)
	void randomDb2MessagesWithAnyVendorCodeNeverThrow(@ForAll String message, @ForAll int code,
			@ForAll String sqlState) {
		assertThat(Dialect.of(Database.DB2).read(new SQLException(message, sqlState, code))).isNotNull();
	}

	@Provide
	Arbitrary<RecordedMessage> recordedMessages() {
		return Arbitraries.of(
				new RecordedMessage(-803, "23505",
						"DB2 SQL Error: SQLCODE=-803, SQLSTATE=23505, SQLERRMC=2;APP.CUSTOMER, DRIVER=4.38.7",
						Kind.UNIQUE),
				new RecordedMessage(-407, "23502", "DB2 SQL Error: SQLCODE=-407, SQLSTATE=23502, "
						+ "SQLERRMC=TBSPACEID=2, TABLEID=3, COLNO=1, DRIVER=4.38.7", Kind.NOT_NULL),
				new RecordedMessage(-530, "23503", "DB2 SQL Error: SQLCODE=-530, SQLSTATE=23503, "
						+ "SQLERRMC=APP.ORDERS.FK_ORDER_CUSTOMER, DRIVER=4.38.7", Kind.FOREIGN_KEY),
				new RecordedMessage(-532, "23504", "DB2 SQL Error: SQLCODE=-532, SQLSTATE=23504, "
						+ "SQLERRMC=APP.ORDERS.FK_ORDER_CUSTOMER, DRIVER=4.38.7", Kind.FOREIGN_KEY),
				new RecordedMessage(-545, "23513", "DB2 SQL Error: SQLCODE=-545, SQLSTATE=23513, "
						+ "SQLERRMC=APP.ORDERS.CK_ORDER_QUANTITY, DRIVER=4.38.7", Kind.CHECK),
				new RecordedMessage(-911, "40001",
						"DB2 SQL Error: SQLCODE=-911, SQLSTATE=40001, SQLERRMC=2, DRIVER=4.38.7", null));
	}

}
