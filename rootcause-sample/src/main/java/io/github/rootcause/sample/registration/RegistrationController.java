package io.github.rootcause.sample.registration;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.rootcause.spring.jdbc.ViolationGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration by API, safe under concurrency: it inserts, and when the email is already registered (by an
 * earlier request or by one running at the same moment) it answers with the registration that exists. No
 * check-then-insert: {@link ViolationGuard#createOrGet} lets the unique constraint {@code uq_registration_email}
 * decide, in a savepoint.
 */
@RestController
@Tag(name = "registration")
class RegistrationController {

	private final RegistrationRepository registrations;

	private final ViolationGuard guard;

	RegistrationController(RegistrationRepository registrations, ViolationGuard guard) {
		this.registrations = registrations;
		this.guard = guard;
	}

	record NewRegistration(String email, String name) {
	}

	record RegistrationView(Long id, String email, String name) {

		static RegistrationView of(Registration registration) {
			return new RegistrationView(registration.getId(), registration.getEmail(), registration.getName());
		}

	}

	@PostMapping("/registrations")
	@Operation(summary = "Registers an email, or answers with its existing registration")
	@ApiResponse(responseCode = "201", description = "The email was registered by this request")
	@ApiResponse(responseCode = "200", description = "The email was already registered; this is its registration")
	@ApiResponse(responseCode = "422", description = "The email is missing or not an email (ck_registration_email)")
	ResponseEntity<RegistrationView> register(@RequestBody NewRegistration request) {
		AtomicBoolean created = new AtomicBoolean();
		Registration registration = this.guard.createOrGet(() -> {
			Registration saved = this.registrations.saveAndFlush(new Registration(request.email(), request.name()));
			created.set(true);
			return saved;
		}, () -> this.registrations.findByEmail(request.email()));
		RegistrationView view = RegistrationView.of(registration);
		if (created.get()) {
			return ResponseEntity.created(URI.create("/registrations/" + view.id())).body(view);
		}
		return ResponseEntity.ok(view);
	}

}
