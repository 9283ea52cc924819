/**
 * The catalog's life in a running application, over real HTTP on each database: read at startup so that a cold
 * burst of violations on a pool of two connections answers in full without waiting on the pool; read again when
 * the schema changes through plain SQL (on a violation it lacks, or on {@code POST /actuator/rootcause}) or through
 * Flyway; and told by the {@code rootcause} health contributor.
 */
package io.github.rootcause.spring.catalog;
