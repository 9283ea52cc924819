/**
 * Constraint violations outside HTTP: one decision, {@link io.github.rootcause.spring.messaging.ViolationOutcomes},
 * of what becomes of a message (or a batch item) whose processing violated a constraint (acknowledged, retried,
 * dead-lettered), configured once by kind and by constraint, which the adapters of each listener container and
 * of Spring Batch apply.
 */
package io.github.rootcause.spring.messaging;
