package io.github.rootcause.sample.reactive;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/** The customers, a Spring Data R2DBC repository. */
interface CustomerRepository extends ReactiveCrudRepository<Customer, Long> {
}
