package io.github.rootcause.spring.app;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A Spring Data JDBC aggregate.
 * @param id the id
 * @param nickname unique
 */
@Table("club_member")
public record ClubMember(@Id Long id, String nickname) {
}
