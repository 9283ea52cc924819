package io.github.rootcause.reactive.handlers;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tickets: a duplicate code is answered by the advice's {@code @OnUniqueViolation} method, which returns a
 * {@code Mono<ResponseEntity>}, though an advice of higher precedence has a catch-all {@code @ExceptionHandler}.
 */
@RestController
class TicketController {

	private final DatabaseClient database;

	TicketController(DatabaseClient database) {
		this.database = database;
	}

	@PostMapping("/tickets/{code}")
	Mono<ResponseEntity<Map<String, String>>> create(@PathVariable String code) {
		return Tickets.insert(this.database, code);
	}

	@PostMapping("/tickets/{code}/boom")
	Mono<String> boom(@PathVariable String code) {
		return Mono.error(new IllegalStateException("not a violation"));
	}

}
