package io.github.rootcause.log4j2;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A post, whose author must exist (a foreign key).
 */
@Entity
public class Post {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	private Author author;

	private String title;

	protected Post() {
	}

	Post(Author author, String title) {
		this.author = author;
		this.title = title;
	}

}
