package io.github.rootcause.log4j2;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writes authors and posts with no look-up first: the database decides, and no handler catches anything.
 */
@RestController
public class BlogController {

	private final Authors authors;

	private final Posts posts;

	BlogController(Authors authors, Posts posts) {
		this.authors = authors;
		this.posts = posts;
	}

	@PostMapping("/authors")
	@ResponseStatus(HttpStatus.CREATED)
	void register(@RequestBody Author author) {
		this.authors.save(author);
	}

	@PostMapping("/posts")
	@ResponseStatus(HttpStatus.CREATED)
	void publish(@RequestBody Map<String, Object> body) {
		long authorId = ((Number) body.get("authorId")).longValue();
		this.posts.save(new Post(this.authors.getReferenceById(authorId), (String) body.get("title")));
	}

}
