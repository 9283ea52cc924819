/**
 * {@code @RabbitListener} methods on a real RabbitMQ broker, on each database: a duplicate delivery acknowledged,
 * a child event retried until its parent arrives, an invalid event and a business duplicate dead-lettered at once
 * with rootcause's headers and no value, a failure that is no violation handled as without rootcause, and each
 * outcome counted.
 */
package io.github.rootcause.spring.amqp;
