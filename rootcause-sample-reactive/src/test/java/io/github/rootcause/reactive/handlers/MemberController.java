package io.github.rootcause.reactive.handlers;

import java.net.URI;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.github.rootcause.Cause;
import io.github.rootcause.spring.web.OnUniqueViolation;

/**
 * Members: a duplicate handle is answered by this controller's own {@link OnUniqueViolation} method, returning a
 * {@link ProblemDetail}; an age under 18 by rootcause's problem (no handler names it).
 */
@RestController
class MemberController {

	private final DatabaseClient database;

	MemberController(DatabaseClient database) {
		this.database = database;
	}

	record NewMember(String handle, Integer age) {
	}

	@PostMapping("/members")
	Mono<ResponseEntity<Map<String, String>>> create(@RequestBody NewMember member) {
		return this.database.sql("insert into member (handle, age) values (:handle, :age)")
			.bind("handle", member.handle())
			.bindNull("age", Integer.class)
			.fetch()
			.rowsUpdated()
			.then(member.age() == null ? Mono.empty() : this.database.sql("update member set age = :age where handle = :handle")
				.bind("age", member.age())
				.bind("handle", member.handle())
				.fetch()
				.rowsUpdated())
			.thenReturn(ResponseEntity.created(URI.create("/members/" + member.handle()))
				.body(Map.of("handle", member.handle())));
	}

	@OnUniqueViolation(constraint = "uq_member_handle")
	ProblemDetail handleTaken(Cause cause) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Handle taken (" + cause.constraint().orElse("?") + ")");
		problem.setTitle("Handle taken");
		return problem;
	}

}
