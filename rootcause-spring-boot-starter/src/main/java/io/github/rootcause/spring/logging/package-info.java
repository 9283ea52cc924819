/**
 * Keeps the log free of what libraries write about the constraint violations that rootcause answers: the
 * database's messages, which hold row values.
 */
package io.github.rootcause.spring.logging;
