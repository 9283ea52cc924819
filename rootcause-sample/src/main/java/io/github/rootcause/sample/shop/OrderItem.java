package io.github.rootcause.sample.shop;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One line of an order: a product at most once per order ({@code uq_order_item_product}), a positive quantity
 * ({@code ck_order_item_quantity}), and the unit price the product had when the order was placed.
 */
@Entity
class OrderItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "order_id")
	private PurchaseOrder order;

	private Long productId;

	private Integer quantity;

	@Column(name = "unit_price")
	private BigDecimal unitPrice;

	protected OrderItem() {
	}

	OrderItem(PurchaseOrder order, Long productId, Integer quantity, BigDecimal unitPrice) {
		this.order = order;
		this.productId = productId;
		this.quantity = quantity;
		this.unitPrice = unitPrice;
	}

	BigDecimal lineTotal() {
		if (this.quantity == null || this.unitPrice == null) {
			return BigDecimal.ZERO;
		}
		return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
	}

	Long getId() {
		return this.id;
	}

	Long getProductId() {
		return this.productId;
	}

	Integer getQuantity() {
		return this.quantity;
	}

	BigDecimal getUnitPrice() {
		return this.unitPrice;
	}

}
