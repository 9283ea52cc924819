/**
 * The shop: customers, products and orders with nested items, on tables whose named constraints do the checking.
 * The order total is computed by the server from the products' prices.
 */
package io.github.rootcause.sample.shop;
