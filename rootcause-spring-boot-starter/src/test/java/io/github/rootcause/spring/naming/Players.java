package io.github.rootcause.spring.naming;

import org.springframework.data.jpa.repository.JpaRepository;

/** The players. */
interface Players extends JpaRepository<Player, Long> {
}
