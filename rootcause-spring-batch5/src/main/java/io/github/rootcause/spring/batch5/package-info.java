/**
 * rootcause on Spring Batch 5 (Spring Boot 3.5): the skip listener, registered by annotations so that
 * {@code .listener(listener)} adds it to a step whole, and the auto-configuration of it and of the starter's
 * {@code ViolationSkipPolicy}.
 */
package io.github.rootcause.spring.batch5;
