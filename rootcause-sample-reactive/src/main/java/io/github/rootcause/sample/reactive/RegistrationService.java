package io.github.rootcause.sample.reactive;

import reactor.core.publisher.Mono;

import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.github.rootcause.spring.r2dbc.ReactiveViolationGuard;

/**
 * Create-or-get of a registration in one reactive transaction, safe under concurrency: it inserts behind a
 * savepoint and, when the email is already registered (by an earlier request or by one running at the same
 * moment), reads the registration that exists, in the same transaction. No check-then-insert:
 * {@link ReactiveViolationGuard#createOrGet} lets the unique constraint {@code uq_registration_email} decide.
 */
@Service
class RegistrationService {

	private final R2dbcEntityTemplate template;

	private final ReactiveViolationGuard guard;

	RegistrationService(R2dbcEntityTemplate template, ReactiveViolationGuard guard) {
		this.template = template;
		this.guard = guard;
	}

	/** A registration, and whether this call created it. */
	record Registered(Registration registration, boolean created) {
	}

	@Transactional
	Mono<Registered> createOrGet(String email, String name) {
		return this.guard.createOrGet(
				this.template.insert(new Registration(null, email, name)).map((saved) -> new Registered(saved, true)),
				this.template
					.selectOne(Query.query(Criteria.where("email").is(email)), Registration.class)
					.map((existing) -> new Registered(existing, false)));
	}

}
