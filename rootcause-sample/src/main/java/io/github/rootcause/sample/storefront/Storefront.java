package io.github.rootcause.sample.storefront;

import java.math.BigDecimal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The storefront's writes, through the application's {@link JdbcTemplate} (whose violations rootcause translates).
 * An event is written with its message id in the inbox, in one transaction: a duplicate delivery fails on
 * {@code uq_inbox_message_id} before anything else is written, and an event that fails leaves no inbox row behind,
 * so its redelivery is not taken for a duplicate.
 */
@Repository
class Storefront {

	private final JdbcTemplate jdbc;

	Storefront(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void customerRegistered(String messageId, String email, String name) {
		received(messageId);
		this.jdbc.update("insert into customer (email, name) values (?, ?)", email, name);
	}

	@Transactional
	void orderPlaced(String messageId, String orderNumber, String customerEmail, BigDecimal total) {
		received(messageId);
		this.jdbc.update("insert into storefront_order (order_number, customer_email, total) values (?, ?, ?)",
				orderNumber, customerEmail, total);
	}

	private void received(String messageId) {
		this.jdbc.update("insert into inbox (message_id) values (?)", messageId);
	}

}
