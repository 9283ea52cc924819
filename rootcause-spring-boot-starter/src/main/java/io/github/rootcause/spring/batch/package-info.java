/**
 * Spring Batch (6): the outcome that {@link io.github.rootcause.spring.messaging.ViolationOutcomes} decides for a
 * violation met by a chunk-oriented step, applied by {@link io.github.rootcause.spring.batch.ViolationSkipPolicy}
 * (the item is skipped, within a bound), and a value-free report of the skipped items, kept by
 * {@link io.github.rootcause.spring.batch.ViolationSkipListener} and read with
 * {@link io.github.rootcause.spring.batch.ViolationSkipReport}.
 */
package io.github.rootcause.spring.batch;
