package io.github.rootcause.spring.existing;

import org.springframework.data.jpa.repository.JpaRepository;

/** Owners through Spring Data JPA. */
interface OwnerRepository extends JpaRepository<Entities.Owner, Integer> {

}
