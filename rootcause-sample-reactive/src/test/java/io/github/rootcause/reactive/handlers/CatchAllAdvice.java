package io.github.rootcause.reactive.handlers;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An application's catch-all advice, of high precedence: it answers what is no violation, and never takes a
 * violation away from rootcause.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CatchAllAdvice {

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, String>> anything(Exception ex) {
		return ResponseEntity.status(500).body(Map.of("handledBy", "catch-all"));
	}

}
