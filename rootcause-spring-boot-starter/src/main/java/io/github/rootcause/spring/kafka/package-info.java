/**
 * Spring for Apache Kafka: the outcomes that {@link io.github.rootcause.spring.messaging.ViolationOutcomes} decides,
 * applied by an error handler for the listener containers (acknowledged, retried with back-off then dead-lettered,
 * dead-lettered at once), with dead-lettered records carrying rootcause's headers instead of the exception's message
 * and stack trace. Failures that are no constraint violation are handled as Spring Kafka's {@code DefaultErrorHandler}
 * handles them by default.
 */
package io.github.rootcause.spring.kafka;
