package io.github.rootcause.spring.app;

import org.springframework.data.repository.CrudRepository;

/** Spring Data JDBC. */
public interface ClubMembers extends CrudRepository<ClubMember, Long> {

}
