package io.github.rootcause.sample.reactive;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/** The products, a Spring Data R2DBC repository. */
interface ProductRepository extends ReactiveCrudRepository<Product, Long> {
}
