/**
 * Which row of a batch failed: {@code JdbcTemplate.batchUpdate}, with and without a batch size, and Spring Data
 * JPA's {@code saveAll} under Hibernate's JDBC batching, one test class per database.
 */
package io.github.rootcause.spring.rows;
