/**
 * The reactive sample: a shop and a registration API on Spring WebFlux and Spring Data R2DBC that answers every
 * kind of constraint violation with the same problems as the servlet sample, on H2, PostgreSQL and MariaDB.
 */
package io.github.rootcause.sample.reactive;
