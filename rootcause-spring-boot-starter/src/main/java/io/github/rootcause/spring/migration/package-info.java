/**
 * Reading the database catalogs again after a schema migration: a Flyway callback and a Liquibase hook.
 */
package io.github.rootcause.spring.migration;
