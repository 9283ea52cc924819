package io.github.rootcause.sample.shop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * An order of one customer ({@code fk_purchase_order_customer}; held by id, as the customer is not part of the
 * order) with its items. The total is never taken from the client: it starts at zero and every
 * {@link #add(Long, Integer, BigDecimal) added item} adds its line total, so the {@code NOT NULL} total column always
 * gets a value that matches the items.
 */
@Entity
class PurchaseOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long customerId;

	private BigDecimal total = BigDecimal.ZERO.setScale(2);

	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<OrderItem> items = new ArrayList<>();

	protected PurchaseOrder() {
	}

	PurchaseOrder(Long customerId) {
		this.customerId = customerId;
	}

	/**
	 * Adds an item at the given unit price. A missing quantity or price adds nothing to the total and is left to
	 * the database's {@code NOT NULL} to reject.
	 * @param productId the product
	 * @param quantity how many
	 * @param unitPrice the product's current price
	 */
	void add(Long productId, Integer quantity, BigDecimal unitPrice) {
		OrderItem item = new OrderItem(this, productId, quantity, unitPrice);
		this.items.add(item);
		this.total = this.total.add(item.lineTotal());
	}

	Long getId() {
		return this.id;
	}

	Long getCustomerId() {
		return this.customerId;
	}

	BigDecimal getTotal() {
		return this.total;
	}

	List<OrderItem> getItems() {
		return Collections.unmodifiableList(this.items);
	}

}
