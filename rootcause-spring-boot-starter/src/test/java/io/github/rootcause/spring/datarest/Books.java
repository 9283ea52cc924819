package io.github.rootcause.spring.datarest;

import org.springframework.data.repository.CrudRepository;
import org.springframework.data.rest.core.annotation.RepositoryRestResource;

/** Books, exported (though package-private) under {@code /books}. */
@RepositoryRestResource
interface Books extends CrudRepository<Entities.Book, Integer> {

}
