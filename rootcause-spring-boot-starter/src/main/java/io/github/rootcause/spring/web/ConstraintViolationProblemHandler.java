package io.github.rootcause.spring.web;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

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
 * Answers a constraint violation with an {@code application/problem+json} body built by the
 * {@link ViolationProblemFactory}, whatever exception carries it: rootcause's typed exceptions, any other
 * {@code DataAccessException}, a JPA {@code PersistenceException} that reached the web layer untranslated, a
 * {@code TransactionSystemException} at commit. A {@link DataIntegrityViolationException} that is no constraint
 * violation gets a plain "data integrity violation" problem, and a data exception (SQLState class 22: value too
 * long, numeric overflow, bad format) an "invalid data" one. Anything else is rethrown untouched.
 *
 * <p>{@link ViolationHandlerExceptionResolver} calls it for every violation that no handler of the application
 * naming a data access exception takes; it is also an advice of lowest precedence for
 * {@code DataIntegrityViolationException}. Define a bean of this type to replace it.
 *
 * <p>Logging: a violation answered with a 4xx is logged at DEBUG (kind, constraint, table and columns, no
 * values), and once per constraint at WARN when nothing tailors its problem; one that is the server's fault
 * ({@link ViolationProblemFactory#serverFault}) is logged at ERROR with its exception.
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
	 * Answers a constraint violation or a data integrity problem.
	 * @param exception the exception
	 * @param request the request
	 * @param locale the request's locale
	 * @return the problem response
	 * @throws Exception the exception itself, when it is neither
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	public ResponseEntity<ProblemDetail> handleDataIntegrityViolation(Exception exception,
			HttpServletRequest request, Locale locale) throws Exception {
		Optional<Cause> cause = this.resolvers.resolve(exception);
		ProblemDetail problem;
		if (cause.isPresent()) {
			problem = violation(cause.get(), exception, request, locale);
		}
		else if (isIntegrityProblem(exception)) {
			problem = this.problems.dataProblem(exception, request, locale);
			if (logger.isDebugEnabled()) {
				logger.debug("Answered a data integrity problem with " + problem.getStatus() + ": "
						+ exception.getClass().getName());
			}
		}
		else {
			throw exception;
		}
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	/**
	 * The problem for a resolved violation, logging it as described above.
	 * @param cause the violation
	 * @param exception the exception that carries it
	 * @param request the request
	 * @param locale the request's locale
	 * @return the problem
	 */
	protected ProblemDetail violation(Cause cause, Throwable exception, HttpServletRequest request, Locale locale) {
		Optional<String> fault = this.problems.serverFault(cause, request);
		if (fault.isPresent()) {
			logger.error("Violation of " + describe(cause) + " answered with 500 as the server's fault: "
					+ fault.get() + " (" + request.getMethod() + " " + request.getRequestURI() + ")", exception);
		}
		else {
			warnIfUnhandled(cause, locale);
		}
		ProblemDetail problem = this.problems.problem(cause, request, locale);
		if (fault.isEmpty() && logger.isDebugEnabled()) {
			logger.debug("Answered violation of " + describe(cause) + " with " + problem.getStatus() + " ("
					+ request.getMethod() + " " + request.getRequestURI() + ")");
		}
		return problem;
	}

	/**
	 * Whether an exception is a data integrity problem that rootcause answers though it is no constraint
	 * violation: a {@link DataIntegrityViolationException} in its chain of causes, or a data exception (SQLState
	 * class 22).
	 * @param exception any exception; may be {@code null}
	 * @return whether it gets the "data integrity violation" or "invalid data" problem
	 */
	public static boolean isIntegrityProblem(@Nullable Throwable exception) {
		return DataSourceResolvers.inChain(exception, DataIntegrityViolationException.class::isInstance).isPresent()
				|| ViolationProblemFactory.isInvalidData(exception);
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
