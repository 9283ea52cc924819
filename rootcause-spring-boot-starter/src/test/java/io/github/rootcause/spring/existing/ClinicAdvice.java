package io.github.rootcause.spring.existing;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The application's own advice, as widely copied: Spring MVC's exceptions through
 * {@link ResponseEntityExceptionHandler}, everything else answered 500 with the exception's message, at highest
 * precedence.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClinicAdvice extends ResponseEntityExceptionHandler {

	@ExceptionHandler(Exception.class)
	ProblemDetail handleGeneralException(Exception ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, ex.getMessage());
		problem.setProperty("handled_by", "catch-all");
		return problem;
	}

}
