package io.github.rootcause.spring.datarest;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The library's entities, mapped as the schema scripts under {@code datarest/} create them. Spring Data REST
 * reads request bodies straight into them: their JSON members are their properties, under Jackson's names.
 */
final class Entities {

	private Entities() {
	}

	/** An author, whose e-mail address is the JSON member {@code mail}. */
	@Entity
	@Table(name = "author")
	static class Author {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		Integer id;

		String name;

		@JsonProperty("mail")
		String email;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

	/** A book, whose author is an association: a URI in JSON. */
	@Entity
	@Table(name = "book")
	static class Book {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		Integer id;

		String title;

		@ManyToOne
		@JoinColumn(name = "author_id")
		Author author;

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public Author getAuthor() {
			return this.author;
		}

		public void setAuthor(Author author) {
			this.author = author;
		}

	}

	/** A review, whose book is a plain foreign key column: a number in JSON. */
	@Entity
	@Table(name = "review")
	static class Review {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		Integer id;

		@Column(name = "book_id")
		Integer bookId;

		Integer stars;

		public Integer getBookId() {
			return this.bookId;
		}

		public void setBookId(Integer bookId) {
			this.bookId = bookId;
		}

		public Integer getStars() {
			return this.stars;
		}

		public void setStars(Integer stars) {
			this.stars = stars;
		}

	}

}
