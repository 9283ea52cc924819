/**
 * Micrometer: the {@code rootcause.violations} counter and an event on the current observation for each violation.
 */
package io.github.rootcause.spring.metrics;
