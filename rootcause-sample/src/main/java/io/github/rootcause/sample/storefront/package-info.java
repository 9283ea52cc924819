/**
 * The storefront: orders placed in the shop's web store reach the shop as events and as CSV files, and only the
 * database's constraints check them. {@code StorefrontEvents} consumes the {@code customer-registered} and
 * {@code order-placed} events from RabbitMQ (with the {@code rabbit} profile only), through an inbox whose unique
 * message id makes a duplicate delivery harmless; {@code OrderImportController} runs the Spring Batch import of a CSV
 * file of orders and answers which lines it skipped, by position and constraint, never by value. Neither has a line
 * of code about violations: rootcause's starter decides what becomes of each.
 */
package io.github.rootcause.sample.storefront;
