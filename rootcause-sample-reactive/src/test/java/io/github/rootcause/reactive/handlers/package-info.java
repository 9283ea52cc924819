/**
 * A WebFlux application of its own, outside the sample's package, whose controllers and advice answer violations
 * with rootcause's handler annotations and {@code @ExceptionHandler}s, for the tests of their precedence.
 */
package io.github.rootcause.reactive.handlers;
