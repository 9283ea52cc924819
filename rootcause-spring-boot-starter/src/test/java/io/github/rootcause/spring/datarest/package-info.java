/**
 * An application written only with Spring Data REST, over real HTTP on each database: the starter lets it start
 * beside Spring Data REST's own handler adapter, answers the violations of its exported repositories with its
 * problems (naming the JSON members Spring Data REST reads the entity from) rather than Spring Data REST's default
 * flat 409, and still leaves a violation to an advice of the application's that names
 * {@code DataIntegrityViolationException}.
 */
package io.github.rootcause.spring.datarest;
