/**
 * The skip policy and skip report of a Spring Batch import job of a Spring Boot application: a file of customers
 * and orders, holding duplicates and orphans, imported by a fault-tolerant chunk-oriented step.
 */
package io.github.rootcause.spring.batch;
