package io.github.rootcause.spring.rows;

import org.springframework.data.repository.ListCrudRepository;

/** Spring Data JDBC. */
public interface SubscriberRows extends ListCrudRepository<SubscriberRow, Long> {

}
