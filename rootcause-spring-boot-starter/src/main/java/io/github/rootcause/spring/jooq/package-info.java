/**
 * jOOQ: typed constraint violation exceptions from every {@code DSLContext}, through an
 * {@link org.jooq.ExecuteListener}.
 */
package io.github.rootcause.spring.jooq;
