package io.github.rootcause.spring.rows;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;

import org.springframework.data.domain.Persistable;

/** A subscriber with an id the application assigns, so that Hibernate batches its inserts. */
@Entity
@Table(name = "subscriber", uniqueConstraints = @UniqueConstraint(name = "uq_subscriber_email", columnNames = "email"))
public class Subscriber implements Persistable<Long> {

	@Id
	private Long id;

	private String email;

	@Transient
	private boolean inserted;

	protected Subscriber() {
	}

	Subscriber(long id, String email) {
		this.id = id;
		this.email = email;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	/** New until saved, so that {@code saveAll} persists rather than merges (no select per entity). */
	@Override
	public boolean isNew() {
		return !this.inserted;
	}

}
