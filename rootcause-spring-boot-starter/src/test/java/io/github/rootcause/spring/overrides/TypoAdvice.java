package io.github.rootcause.spring.overrides;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.github.rootcause.spring.web.OnUniqueViolation;

/** A handler for a constraint that does not exist. */
@RestControllerAdvice
public class TypoAdvice {

	@OnUniqueViolation(constraint = "uq_customer_emial")
	ProblemDetail typo() {
		return ProblemDetail.forStatus(HttpStatus.CONFLICT);
	}

}
