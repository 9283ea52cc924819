package io.github.rootcause.sample.shop;

import java.net.URI;

import io.github.rootcause.sample.shop.ShopApi.CustomerView;
import io.github.rootcause.sample.shop.ShopApi.NewCustomer;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pattern rootcause replaces, kept only to be measured against (see {@code BENCHMARKS.md}); active only under
 * the {@code check-then-insert} profile. It asks first whether the email is taken, answers 409 itself when it is,
 * and inserts otherwise. Two requests that ask at the same moment both hear "free", both insert, and the loser's
 * unique violation reaches no handler of the application: it answers 500, as an application without rootcause
 * does (its own handler stands in for Spring Boot's default, which rootcause's advice would otherwise replace).
 */
@RestController
@Profile("check-then-insert")
class CheckThenInsertController {

	private final CustomerRepository customers;

	CheckThenInsertController(CustomerRepository customers) {
		this.customers = customers;
	}

	@PostMapping("/check-then-insert/customers")
	ResponseEntity<?> createCustomer(@RequestBody NewCustomer request) {
		if (this.customers.existsByEmail(request.email())) {
			return ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Email already registered"))
				.build();
		}
		Customer customer = this.customers.saveAndFlush(new Customer(request.email(), request.name()));
		return ResponseEntity.created(URI.create("/customers/" + customer.getId())).body(CustomerView.of(customer));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unhandled(DataIntegrityViolationException ex) {
		return ResponseEntity.internalServerError().body(ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR));
	}

}
