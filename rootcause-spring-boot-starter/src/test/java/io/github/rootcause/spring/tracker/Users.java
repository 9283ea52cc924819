package io.github.rootcause.spring.tracker;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Users extends JpaRepository<Entities.User, Integer> {

	Optional<Entities.User> findByUsername(String username);

}
