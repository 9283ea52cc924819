package io.github.rootcause.log4j2;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The posts.
 */
public interface Posts extends JpaRepository<Post, Long> {

}
