/**
 * The outcomes of violations in {@code @KafkaListener} record listeners of a Spring Boot application that configures
 * them with properties only, on an embedded Kafka broker.
 */
package io.github.rootcause.spring.kafka;
