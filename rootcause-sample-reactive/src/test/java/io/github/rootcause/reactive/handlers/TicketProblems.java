package io.github.rootcause.reactive.handlers;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.github.rootcause.Cause;
import io.github.rootcause.spring.jdbc.UniqueViolationException;
import io.github.rootcause.spring.web.OnUniqueViolation;

/**
 * The advice's handler of duplicate tickets, returning a {@code Mono} of a {@code ResponseEntity}, with the typed
 * exception and the cause.
 */
@RestControllerAdvice
class TicketProblems {

	@OnUniqueViolation(constraint = "uq_ticket_code")
	Mono<ResponseEntity<Map<String, Object>>> codeTaken(UniqueViolationException exception, Cause cause) {
		return Mono.just(ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Map.of("handledBy", "advice", "fields", cause.fields(), "typed", exception.violation().equals(cause))));
	}

}
