package io.github.rootcause.spring.tracker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The tracker's entities, mapped as the schema scripts under {@code tracker/} create them.
 */
final class Entities {

	private Entities() {
	}

	/** A user, who reports issues. */
	@Entity
	@Table(name = "tracker_user")
	static class User {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		Integer id;

		String username;

	}

	/** A label; the inverse side of the issues' labels, which maps nothing of the join table. */
	@Entity
	@Table(name = "label")
	static class Label {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		Integer id;

		String name;

		@ManyToMany(mappedBy = "labels")
		Set<Issue> issues = new HashSet<>();

	}

	/** An issue: its title is the attribute {@code name}, its labels a join table, its tags a collection table. */
	@Entity
	@Table(name = "issue")
	static class Issue {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		Integer id;

		String name;

		@ManyToOne
		@JoinColumn(name = "reporter_id")
		User reporter;

		@ManyToMany
		@JoinTable(name = "issue_label", joinColumns = @JoinColumn(name = "issue_id"),
				inverseJoinColumns = @JoinColumn(name = "label_id"))
		Set<Label> labels = new HashSet<>();

		@ElementCollection
		@CollectionTable(name = "issue_tag", joinColumns = @JoinColumn(name = "issue_id"))
		@Column(name = "tag")
		List<String> tags = new ArrayList<>();

	}

}
