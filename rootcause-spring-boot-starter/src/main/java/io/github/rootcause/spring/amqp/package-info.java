/**
 * Spring AMQP (RabbitMQ): the outcome that {@link io.github.rootcause.spring.messaging.ViolationOutcomes} decides
 * for a violation met in a {@code @RabbitListener}, applied by {@link io.github.rootcause.spring.amqp.RabbitViolationAdvice},
 * the innermost advice of every listener container factory: a duplicate delivery acknowledged, a missing parent
 * retried with back-off, everything else dead-lettered at once with rootcause's headers and without values.
 */
package io.github.rootcause.spring.amqp;
