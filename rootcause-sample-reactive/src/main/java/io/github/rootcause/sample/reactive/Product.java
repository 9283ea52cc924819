package io.github.rootcause.sample.reactive;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A product; the SKU is unique ({@code uq_product_sku}), the price not negative ({@code ck_product_price}).
 *
 * @param id the generated key
 * @param sku the stock keeping unit
 * @param name the name
 * @param price the price
 */
@Table("product")
record Product(@Id Long id, String sku, String name, BigDecimal price) {
}
