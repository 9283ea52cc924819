package io.github.rootcause.sample.reactive;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration by API on R2DBC: it inserts, through the {@link R2dbcEntityTemplate}, and lets the unique constraint
 * {@code uq_registration_email} decide between clients registering the same email at the same moment. The first
 * gets 201, every other the 409 problem of the constraint. Its create-or-get ({@link RegistrationService}) answers
 * 201 to the first and 200 with that registration to every other.
 */
@RestController
class RegistrationController {

	private final R2dbcEntityTemplate template;

	private final RegistrationService registrations;

	RegistrationController(R2dbcEntityTemplate template, RegistrationService registrations) {
		this.template = template;
		this.registrations = registrations;
	}

	record NewRegistration(String email, String name) {
	}

	@PostMapping("/registrations")
	Mono<ResponseEntity<Registration>> register(@RequestBody NewRegistration request) {
		return this.template.insert(new Registration(null, request.email(), request.name()))
			.map((saved) -> ResponseEntity.created(URI.create("/registrations/" + saved.id())).body(saved));
	}

	@PostMapping("/registrations/create-or-get")
	Mono<ResponseEntity<Registration>> createOrGet(@RequestBody NewRegistration request) {
		return this.registrations.createOrGet(request.email(), request.name())
			.map((registered) -> registered.created()
					? ResponseEntity.created(URI.create("/registrations/" + registered.registration().id()))
						.body(registered.registration())
					: ResponseEntity.ok(registered.registration()));
	}

}
