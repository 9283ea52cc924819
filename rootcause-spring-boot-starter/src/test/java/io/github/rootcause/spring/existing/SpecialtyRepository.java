package io.github.rootcause.spring.existing;

import org.springframework.data.jpa.repository.JpaRepository;

/** Specialties through Spring Data JPA; their ids come from a sequence. */
interface SpecialtyRepository extends JpaRepository<Entities.Specialty, Integer> {

}
