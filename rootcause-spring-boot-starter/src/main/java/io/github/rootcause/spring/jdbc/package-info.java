/**
 * Translation of constraint violations into typed Spring exceptions that carry the resolved
 * {@link io.github.rootcause.Cause}: the {@link io.github.rootcause.spring.jdbc.ConstraintViolationTranslator}, the
 * exceptions it throws, the resolver per {@code DataSource}, and the savepoint helper.
 */
package io.github.rootcause.spring.jdbc;
