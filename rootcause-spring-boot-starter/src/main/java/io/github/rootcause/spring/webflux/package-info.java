/**
 * Spring WebFlux: the same RFC 9457 problems as Spring MVC, built by the same
 * {@link io.github.rootcause.spring.web.ViolationProblems}, and the handler annotations
 * ({@link io.github.rootcause.spring.web.OnUniqueViolation} and its siblings) on WebFlux controllers and advice.
 */
package io.github.rootcause.spring.webflux;
