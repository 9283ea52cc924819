package io.github.rootcause.spring.rows;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data JPA. */
public interface Subscribers extends JpaRepository<Subscriber, Long> {

}
