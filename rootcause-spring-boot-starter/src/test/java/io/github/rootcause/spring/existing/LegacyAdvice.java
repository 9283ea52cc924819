package io.github.rootcause.spring.existing;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An older, unordered advice with a catch-all for runtime exceptions. */
@RestControllerAdvice
class LegacyAdvice {

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<Map<String, String>> handleRuntime(RuntimeException ex) {
		return ResponseEntity.internalServerError().body(Map.of("handled_by", "legacy runtime catch-all"));
	}

}
