package io.github.rootcause.spring.existing;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.github.rootcause.Reference;
import io.github.rootcause.spring.jdbc.CheckViolationException;
import io.github.rootcause.spring.web.OnForeignKeyViolation;

/**
 * The application's own advice, as widely copied: Spring MVC's exceptions through
 * {@link ResponseEntityExceptionHandler}, everything else answered 500 with the exception's message, at highest
 * precedence; and, since rootcause came in, an annotated handler for one constraint and a GraphQL handler for
 * check violations.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClinicAdvice extends ResponseEntityExceptionHandler {

	/** The clinic's own answer for a pet whose owner does not exist, narrowed to the constraint in lower case. */
	@OnForeignKeyViolation(constraint = "fk_pet_owner", reference = Reference.MISSING)
	ProblemDetail unknownOwner() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such owner.");
	}

	/** The clinic's own GraphQL answer for a pet's name that the check rejects. */
	@GraphQlExceptionHandler(CheckViolationException.class)
	GraphQLError petName(DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message("Names need two letters.")
			.build();
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail handleGeneralException(Exception ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, ex.getMessage());
		problem.setProperty("handled_by", "catch-all");
		return problem;
	}

}
