package io.github.rootcause.spring.datarest;

import org.springframework.data.repository.CrudRepository;
import org.springframework.data.rest.core.annotation.RepositoryRestResource;

/** Reviews, exported (though package-private) under {@code /reviews}. */
@RepositoryRestResource
interface Reviews extends CrudRepository<Entities.Review, Integer> {

}
