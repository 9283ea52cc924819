package io.github.rootcause.log4j2;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The authors.
 */
public interface Authors extends JpaRepository<Author, Long> {

}
