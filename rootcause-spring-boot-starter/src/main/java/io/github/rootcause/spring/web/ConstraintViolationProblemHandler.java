package io.github.rootcause.spring.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
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
 * <p>Logging, as {@link ViolationProblems#answer} does for both web stacks: a violation answered with a 4xx is
 * logged at DEBUG (kind, constraint, table and columns, no values), and once per constraint at WARN when nothing
 * tailors its problem; one that is the server's fault ({@link ViolationProblemFactory#serverFault}) is logged at
 * ERROR with its exception.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ConstraintViolationProblemHandler {

	private final DataSourceResolvers resolvers;

	private final ViolationProblemFactory problems;

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
			problem = this.problems.problems().answerDataProblem(exception, ServletProblemRequest.of(request), locale);
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
		return this.problems.problems().answer(cause, exception, ServletProblemRequest.of(request), locale);
	}

	/**
	 * Whether an exception is a data integrity problem that rootcause answers though it is no constraint
	 * violation: a {@link DataIntegrityViolationException} in its chain of causes, or a data exception (SQLState
	 * class 22).
	 * @param exception any exception; may be {@code null}
	 * @return whether it gets the "data integrity violation" or "invalid data" problem
	 */
	public static boolean isIntegrityProblem(@Nullable Throwable exception) {
		return ViolationProblems.isIntegrityProblem(exception);
	}

}
