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
 * problem as {@link ConstraintViolationProblemHandler} when a constraint violation is behind it. Any other
 * persistence exception is rethrown untouched, to the application's other handlers.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PersistenceViolationProblemHandler {

	private final DataSourceResolvers resolvers;

	private final ConstraintViolationProblemHandler handler;

	/**
	 * Creates the handler.
	 * @param resolvers resolves the violation behind an exception
	 * @param handler the handler whose problems it answers with
	 */
	public PersistenceViolationProblemHandler(DataSourceResolvers resolvers,
			ConstraintViolationProblemHandler handler) {
		this.resolvers = resolvers;
		this.handler = handler;
	}

	/**
	 * Answers a persistence exception caused by a constraint violation.
	 * @param exception the exception
	 * @param request the request
	 * @param locale the request's locale
	 * @return the problem response
	 * @throws PersistenceException the exception itself, when no constraint violation is behind it
	 */
	@ExceptionHandler(PersistenceException.class)
	public ResponseEntity<ProblemDetail> handlePersistenceException(PersistenceException exception,
			HttpServletRequest request, Locale locale) {
		Optional<Cause> cause = this.resolvers.resolve(exception);
		if (cause.isEmpty()) {
			throw exception;
		}
		ProblemDetail problem = this.handler.violation(cause.get(), request, locale);
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
