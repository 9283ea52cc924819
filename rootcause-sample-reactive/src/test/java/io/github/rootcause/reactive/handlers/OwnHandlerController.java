package io.github.rootcause.reactive.handlers;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller whose own {@code @ExceptionHandler} names a data access exception: it wins over the advice's
 * {@code @OnUniqueViolation}.
 */
@RestController
class OwnHandlerController {

	private final DatabaseClient database;

	OwnHandlerController(DatabaseClient database) {
		this.database = database;
	}

	@PostMapping("/own/{code}")
	Mono<ResponseEntity<Map<String, String>>> create(@PathVariable String code) {
		return Tickets.insert(this.database, code);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Map<String, String>> own(DataIntegrityViolationException ex) {
		return ResponseEntity.status(409).body(Map.of("handledBy", "controller"));
	}

}
