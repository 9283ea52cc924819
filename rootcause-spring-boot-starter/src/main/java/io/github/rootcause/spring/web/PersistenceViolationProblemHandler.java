package io.github.rootcause.spring.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.github.rootcause.Cause;
import io.github.rootcause.spring.jdbc.DataSourceResolvers;

/**
 * Answers a JPA {@link PersistenceException} (every Hibernate exception is one) that reached the web layer
 * untranslated, for example from an {@code EntityManager} used outside a {@code @Repository}, with the same
 * problem as {@link ConstraintViolationProblemHandler} gives the translated exception: the violation's problem
 * when a constraint violation is behind it, the "invalid data" problem when a data exception (SQLState class 22:
 * value too long, numeric overflow, bad format) is. Any other persistence exception is rethrown untouched, to the
 * application's other handlers.
 *
 * <p>Spring MVC matches an advice's {@code @ExceptionHandler} against the exception and each of its causes, so
 * this advice must be registered after {@link ConstraintViolationProblemHandler} (it is, by its
 * auto-configuration): else it would take a translated {@code DataIntegrityViolationException} by its Hibernate
 * cause.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PersistenceViolationProblemHandler {

	private final DataSourceResolvers resolvers;

	private final ConstraintViolationProblemHandler handler;

	private final ViolationProblemFactory problems;

	/**
	 * Creates the handler.
	 * @param resolvers resolves the violation behind an exception
	 * @param handler the handler whose problems it answers violations with
	 * @param problems builds the "invalid data" problem
	 */
	public PersistenceViolationProblemHandler(DataSourceResolvers resolvers,
			ConstraintViolationProblemHandler handler, ViolationProblemFactory problems) {
		this.resolvers = resolvers;
		this.handler = handler;
		this.problems = problems;
	}

	/**
	 * Answers a persistence exception caused by a constraint violation or a data exception.
	 * @param exception the exception
	 * @param request the request
	 * @param locale the request's locale
	 * @return the problem response
	 * @throws PersistenceException the exception itself, when neither is behind it
	 */
	@ExceptionHandler(PersistenceException.class)
	public ResponseEntity<ProblemDetail> handlePersistenceException(PersistenceException exception,
			HttpServletRequest request, Locale locale) {
		Optional<Cause> cause = this.resolvers.resolve(exception);
		ProblemDetail problem;
		if (cause.isPresent()) {
			problem = this.handler.violation(cause.get(), request, locale);
		}
		else if (ViolationProblemFactory.isInvalidData(exception)) {
			problem = this.problems.dataProblem(exception, request, locale);
		}
		else {
			throw exception;
		}
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
