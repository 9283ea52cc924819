/**
 * An application that logs with Log4j2 instead of Logback, and the proof that a violation rootcause answers with a
 * 4xx leaves no ERROR line and no row value in its log.
 */
package io.github.rootcause.log4j2;
