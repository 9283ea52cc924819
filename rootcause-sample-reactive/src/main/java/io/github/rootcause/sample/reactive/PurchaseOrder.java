package io.github.rootcause.sample.reactive;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An order, written through the {@code DatabaseClient}; mapped so that rootcause names its columns as fields (its
 * customer must exist, {@code fk_purchase_order_customer}).
 *
 * @param id the generated key
 * @param customerId the customer
 * @param total the total
 */
@Table("purchase_order")
record PurchaseOrder(@Id Long id, Long customerId, BigDecimal total) {
}
