package io.github.rootcause.spring.datarest;

import org.springframework.data.repository.CrudRepository;
import org.springframework.data.rest.core.annotation.RepositoryRestResource;

/** Authors, exported (though package-private) under {@code /authors}. */
@RepositoryRestResource
interface Authors extends CrudRepository<Entities.Author, Integer> {

}
