/**
 * Tests of rootcause on Spring Batch 5: an import job on H2 and PostgreSQL.
 */
package io.github.rootcause.spring.batch5;
