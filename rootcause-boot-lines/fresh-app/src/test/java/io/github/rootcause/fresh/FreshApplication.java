package io.github.rootcause.fresh;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application as {@code start.spring.io} makes one, with Spring Web, Spring Data JPA, H2 and rootcause's starter
 * and nothing else: an entity with a unique email ({@link Account}), its repository, and a controller that just
 * saves, leaving the duplicate to the database. Hibernate creates the schema.
 */
@SpringBootApplication
public class FreshApplication {

}
