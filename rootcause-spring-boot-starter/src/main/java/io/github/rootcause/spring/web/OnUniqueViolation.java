package io.github.rootcause.spring.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.aot.hint.annotation.Reflective;

/**
 * Marks a method of a {@code @Controller}, {@code @RestController}, {@code @ControllerAdvice} or
 * {@code @RestControllerAdvice} bean as the handler of violations of a unique constraint, unique index or primary
 * key, optionally narrowed to constraint names, fields and an entity. Also handles exclusion constraint violations
 * (PostgreSQL), which are uniqueness over ranges.
 *
 * <pre class="code">
 * &#64;OnUniqueViolation(constraint = "uq_customer_email")
 * ProblemDetail uq_customer_email(Cause cause, HttpServletRequest request, Locale locale) {
 *     ...
 * }
 * </pre>
 *
 * <p>The method may take the {@link io.github.rootcause.Cause}, the exception (any type in its cause chain), the
 * {@code HttpServletRequest}, {@code WebRequest} and {@code Locale}, like an {@code @ExceptionHandler}, and
 * returns what an {@code @ExceptionHandler} may return ({@code ProblemDetail}, {@code ResponseEntity},
 * {@code ErrorResponse}, a body). A controller's own handlers win over advice handlers, the most specific match
 * wins (constraint names over fields over entity), and two equally specific handlers for the same violation fail
 * startup. See {@link ViolationHandlerExceptionResolver} for how they rank against {@code @ExceptionHandler}s.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Reflective
public @interface OnUniqueViolation {

	/**
	 * The constraint names to handle, as the database stores them, compared case-insensitively. Empty for any.
	 * @return the names
	 */
	String[] constraint() default {};

	/**
	 * The fields (or columns) the violated constraint must cover, exactly, in any order. Empty for any.
	 * @return the field or column names
	 */
	String[] fields() default {};

	/**
	 * The entity the violated table must map to. {@code void.class} for any.
	 * @return the entity class
	 */
	Class<?> entity() default void.class;

}
