package io.github.rootcause.sample.registration;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	Optional<Registration> findByEmail(String email);

}
