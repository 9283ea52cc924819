package io.github.rootcause.spring.web;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.github.rootcause.Cause;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * Answers a {@link DataIntegrityViolationException} with an {@code application/problem+json} body built by the
 * {@link ViolationProblemFactory}: a constraint violation with its kind, constraint and fields, anything else
 * with a plain "invalid data" or "data integrity violation" problem.
 *
 * <p>Ordered at {@link Ordered#LOWEST_PRECEDENCE} and registered after the application's own beans, so a
 * {@code @ExceptionHandler} of the application for these exceptions (in a controller or in any advice) wins;
 * define a bean of this type to replace it. Spring Boot's own {@code ProblemDetail} handling of Spring MVC
 * exceptions is left alone.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ConstraintViolationProblemHandler {

	private static final Log logger = LogFactory.getLog(ConstraintViolationProblemHandler.class);

	private final DataSourceResolvers resolvers;

	private final ViolationProblemFactory problems;

	private final Set<String> warned = ConcurrentHashMap.newKeySet();

	/**
	 * Creates the handler.
	 * @param resolvers resolves the violation behind an exception
	 * @param problems builds the problems
	 */
	public ConstraintViolationProblemHandler(DataSourceResolvers resolvers, ViolationProblemFactory problems) {
		this.resolvers = resolvers;
		this.problems = problems;
	}

	/**
	 * Answers a data integrity violation.
	 * @param exception the exception
	 * @param request the request
	 * @param locale the request's locale
	 * @return the problem response
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	public ResponseEntity<ProblemDetail> handleDataIntegrityViolation(DataIntegrityViolationException exception,
			HttpServletRequest request, Locale locale) {
		Optional<Cause> cause = this.resolvers.resolve(exception);
		ProblemDetail problem = cause.map((c) -> violation(c, request, locale))
			.orElseGet(() -> this.problems.dataProblem(exception, request, locale));
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	/**
	 * The problem for a resolved violation, logging once per constraint when nothing names it.
	 * @param cause the violation
	 * @param request the request
	 * @param locale the request's locale
	 * @return the problem
	 */
	protected ProblemDetail violation(Cause cause, HttpServletRequest request, Locale locale) {
		warnIfUnhandled(cause, locale);
		return this.problems.problem(cause, request, locale);
	}

	private void warnIfUnhandled(Cause cause, Locale locale) {
		if (!logger.isWarnEnabled()) {
			return;
		}
		String name = cause.constraint().orElse(null);
		String key = (name != null) ? name : cause.kind() + " " + cause.table().orElse("") + cause.columns();
		if (this.warned.contains(key) || this.problems.isTailored(cause, locale)) {
			return;
		}
		if (this.warned.add(key)) {
			String annotation = "@On" + annotationName(cause) + "Violation";
			logger.warn((name != null)
					? "Violation of " + describe(cause) + " answered with the default problem; to tailor it, set "
							+ "rootcause.constraints.[" + name + "].message (and .fields, .status) or annotate a "
							+ "handler method with " + annotation + "(constraint = \"" + name + "\")"
					: "Violation of " + describe(cause) + " answered with the default problem; the database did not "
							+ "name the constraint, so handle it with " + annotation
							+ ((cause.fields().isEmpty()) ? "" : "(fields = \"" + String.join("\", \"", cause.fields())
									+ "\")"));
		}
	}

	private static String describe(Cause cause) {
		return ViolationProblemFactory.slug(cause.kind()) + " constraint " + cause.constraint().orElse("(unnamed)")
				+ cause.table().map((table) -> " on " + table + cause.columns()).orElse("");
	}

	private static String annotationName(Cause cause) {
		return switch (cause.kind()) {
			case UNIQUE, EXCLUSION -> "Unique";
			case NOT_NULL -> "NotNull";
			case CHECK -> "Check";
			case FOREIGN_KEY -> "ForeignKey";
		};
	}

}
