package io.github.rootcause.reactive.handlers;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Inserts a ticket through the {@code DatabaseClient}, for the controllers that answer its violations differently.
 */
final class Tickets {

	private Tickets() {
	}

	static Mono<ResponseEntity<Map<String, String>>> insert(DatabaseClient database, String code) {
		return database.sql("insert into ticket (code) values (:code)")
			.bind("code", code)
			.fetch()
			.rowsUpdated()
			.thenReturn(ResponseEntity.status(201).body(Map.of("code", code)));
	}

}
