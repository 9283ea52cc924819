package io.github.rootcause.spring.naming;

import org.springframework.data.jpa.repository.JpaRepository;

/** The clubs. */
interface Clubs extends JpaRepository<Club, Long> {
}
