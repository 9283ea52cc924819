package io.github.rootcause.spring.rows;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The subscriber as a Spring Data JDBC aggregate, with an id the application assigns, new until saved, so that
 * {@code saveAll} inserts the whole list in one JDBC batch.
 * @param id the id
 * @param email unique
 */
@Table("subscriber")
public record SubscriberRow(@Id Long id, String email) implements Persistable<Long> {

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	@Transient
	public boolean isNew() {
		return true;
	}

}
