package io.github.rootcause.spring.overrides;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.github.rootcause.spring.web.OnUniqueViolation;

/** Two handlers that would both handle the same violation, equally specific. */
@RestControllerAdvice
public class AmbiguousAdvice {

	@OnUniqueViolation(constraint = { "uq_customer_email", "uq_member_nickname" })
	ProblemDetail one() {
		return ProblemDetail.forStatus(HttpStatus.CONFLICT);
	}

	@OnUniqueViolation(constraint = "UQ_CUSTOMER_EMAIL")
	ProblemDetail other() {
		return ProblemDetail.forStatus(HttpStatus.CONFLICT);
	}

}
