package io.github.rootcause.spring.app;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A Spring Data JDBC aggregate.
 * @param id the id
 * @param nickname unique
 * @param home where the member lives, in columns prefixed {@code home_}
 */
@Table("club_member")
public record ClubMember(@Id Long id, String nickname, @Embedded.Nullable(prefix = "home_") Home home) {

	/**
	 * An embedded value.
	 * @param city at least two characters
	 */
	public record Home(String city) {
	}

}
