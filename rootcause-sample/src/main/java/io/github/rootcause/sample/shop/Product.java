package io.github.rootcause.sample.shop;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A product; the SKU is unique ({@code uq_product_sku}) and the price may not be negative
 * ({@code ck_product_price}).
 */
@Entity
class Product {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String sku;

	private String name;

	private BigDecimal price;

	protected Product() {
	}

	Product(String sku, String name, BigDecimal price) {
		this.sku = sku;
		this.name = name;
		this.price = (price != null) ? price.setScale(2, RoundingMode.HALF_UP) : null;
	}

	Long getId() {
		return this.id;
	}

	String getSku() {
		return this.sku;
	}

	String getName() {
		return this.name;
	}

	BigDecimal getPrice() {
		return this.price;
	}

}
