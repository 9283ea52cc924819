/**
 * JMH benchmarks of rootcause, side by side with what applications use instead: Spring's
 * {@code SQLExceptionSubclassTranslator} and {@code SQLErrorCodeSQLExceptionTranslator}, and Hibernate's
 * dialect constraint-name extractors. See {@code BENCHMARKS.md} for how to run them.
 */
package io.github.rootcause.benchmarks;
