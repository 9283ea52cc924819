package io.github.rootcause.sample.shop;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRepository extends JpaRepository<Customer, Long> {

	/** Only for {@link CheckThenInsertController}: the shop itself never checks before it writes. */
	boolean existsByEmail(String email);

}
