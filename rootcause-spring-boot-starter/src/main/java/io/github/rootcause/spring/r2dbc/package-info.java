/**
 * Spring's R2DBC support: every {@code DatabaseClient} bean, and so {@code R2dbcEntityTemplate} and Spring Data R2DBC
 * repositories, signals the typed constraint violation exceptions of {@link io.github.rootcause.spring.jdbc}, resolved
 * against the catalog of its {@code ConnectionFactory}, read without blocking.
 */
package io.github.rootcause.spring.r2dbc;
