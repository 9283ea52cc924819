/**
 * Spring MVC: the default {@code application/problem+json} answer to constraint violations
 * ({@link io.github.rootcause.spring.web.ConstraintViolationProblemHandler} and
 * {@link io.github.rootcause.spring.web.ViolationProblemFactory}), the handler annotations
 * ({@link io.github.rootcause.spring.web.OnUniqueViolation} and its siblings) and the resolver that invokes them,
 * and form support ({@link io.github.rootcause.spring.web.ViolationForms}).
 */
package io.github.rootcause.spring.web;
