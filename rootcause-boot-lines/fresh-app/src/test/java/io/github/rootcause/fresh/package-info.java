/**
 * A fresh Spring Boot application with rootcause's starter, built on each Spring Boot line.
 */
package io.github.rootcause.fresh;
