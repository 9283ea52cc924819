package io.github.rootcause.spring.openapi;

import java.util.Map;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A notes API with springdoc: one read and one write of each method, some declaring their responses, titles
 * unique by {@code uq_note_title}. Its schema is {@code openapi/schema-h2.sql}.
 */
@SpringBootApplication
public class NotesApplication {

	/** The notes; nothing here handles an exception. */
	@RestController
	static class NotesController {

		private final JdbcClient jdbc;

		NotesController(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@PostMapping("/notes")
		@ResponseStatus(HttpStatus.CREATED)
		@ApiResponse(responseCode = "201", description = "The note was written")
		@ApiResponse(responseCode = "409", description = "The title is taken")
		void write(@RequestBody Map<String, String> note) {
			this.jdbc.sql("insert into note (title) values (?)").param(note.get("title")).update();
		}

		@GetMapping("/notes/{id}")
		@ApiResponse(responseCode = "200", description = "The note")
		@ApiResponse(responseCode = "404", description = "No such note")
		Map<String, Object> read(@PathVariable long id) {
			return this.jdbc.sql("select id, title from note where id = ?")
				.param(id)
				.query()
				.listOfRows()
				.stream()
				.findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}

		@PutMapping("/notes/{id}")
		void replace(@PathVariable long id, @RequestBody Map<String, String> note) {
			this.jdbc.sql("update note set title = ? where id = ?").params(note.get("title"), id).update();
		}

		@PatchMapping("/notes/{id}/title")
		void retitle(@PathVariable long id, @RequestBody String title) {
			this.jdbc.sql("update note set title = ? where id = ?").params(title, id).update();
		}

		@DeleteMapping("/notes/{id}")
		@ResponseStatus(HttpStatus.NO_CONTENT)
		@ApiResponse(responseCode = "204", description = "The note is gone")
		void delete(@PathVariable long id) {
			this.jdbc.sql("delete from note where id = ?").param(id).update();
		}

	}

}
