package io.github.rootcause.spring.tracker;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writes issues from two request DTOs, as the applications the defects were found in do: {@link IssueRequest}
 * names the issue's {@code name} {@code title} and its reporter by {@code username}, {@link IssueForm} names them
 * as the entity does ({@code name}, {@code reporterId}, and {@code labelIds} for {@code labels}).
 */
@RestController
class IssueController {

	private final Issues issues;

	private final Users users;

	private final Labels labels;

	private final EntityManager entityManager;

	IssueController(Issues issues, Users users, Labels labels,
			EntityManager entityManager) {
		this.issues = issues;
		this.users = users;
		this.labels = labels;
		this.entityManager = entityManager;
	}

	@PostMapping("/issues")
	@ResponseStatus(HttpStatus.CREATED)
	void create(@RequestBody IssueRequest request) {
		Entities.Issue issue = new Entities.Issue();
		issue.name = request.title();
		issue.reporter = this.users.findByUsername(request.username()).orElse(null);
		request.labels().forEach((id) -> issue.labels.add(this.entityManager.getReference(Entities.Label.class, id)));
		issue.tags.addAll(request.tags());
		this.issues.save(issue);
	}

	@PostMapping("/issues/form")
	@ResponseStatus(HttpStatus.CREATED)
	void create(@RequestBody IssueForm form) {
		Entities.Issue issue = new Entities.Issue();
		issue.name = form.name();
		issue.reporter = this.entityManager.getReference(Entities.User.class, form.reporterId());
		form.labelIds().forEach((id) -> issue.labels.add(this.entityManager.getReference(Entities.Label.class, id)));
		this.issues.save(issue);
	}

	@DeleteMapping("/labels/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteLabel(@PathVariable int id) {
		this.labels.deleteById(id);
	}

	/** The issue as one application's form sends it: a title, the reporter's username, label ids and tags. */
	record IssueRequest(String title, String username, List<Integer> labels, List<String> tags) {
	}

	/** The issue as another application's form sends it: named as the entity, with {@code labelIds}. */
	record IssueForm(String name, Integer reporterId, List<Integer> labelIds) {
	}

}
