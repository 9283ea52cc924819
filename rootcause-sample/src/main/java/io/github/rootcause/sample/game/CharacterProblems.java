package io.github.rootcause.sample.game;

import java.net.URI;
import java.util.List;

import io.github.rootcause.Reference;
import io.github.rootcause.spring.web.OnCheckViolation;
import io.github.rootcause.spring.web.OnForeignKeyViolation;
import io.github.rootcause.spring.web.OnUniqueViolation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The game's own answers to some of its constraint violations, with their own wording. The others (the nickname,
 * the special skill) keep rootcause's standard problem with the messages set in {@code application.yml}.
 */
@RestControllerAdvice(assignableTypes = CharacterController.class)
class CharacterProblems {

	private static final String TYPE = "https://rootcause.example/game/problems/";

	@OnUniqueViolation(constraint = "uq_character_name_ci")
	ProblemDetail nameTaken() {
		return problem(HttpStatus.CONFLICT, "name-taken", "Name taken",
				"Another character already has this name; names are compared without regard to case.", "name");
	}

	@OnCheckViolation(constraint = "ck_character_skill_level")
	ProblemDetail skillLevelOutOfRange() {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "skill-level", "Skill level out of range",
				"A skill level lies between 60 and 100.", "skillLevel");
	}

	@OnForeignKeyViolation(constraint = "fk_character_mentor", reference = Reference.MISSING)
	ProblemDetail noSuchMentor() {
		return problem(HttpStatus.NOT_FOUND, "no-such-mentor", "No such mentor",
				"The mentor must be an existing character.", "mentorId");
	}

	@OnForeignKeyViolation(constraint = "fk_character_mentor", reference = Reference.STILL_REFERENCED)
	ProblemDetail stillMentoring() {
		return problem(HttpStatus.CONFLICT, "still-mentoring", "Still mentoring",
				"This character still mentors others; delete them first.", null);
	}

	/** One entry of {@code errors}, shaped like rootcause's own. */
	record FieldProblem(String pointer, String field, String detail) {
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail, String field) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE + type));
		problem.setTitle(title);
		if (field != null) {
			problem.setProperty("errors", List.of(new FieldProblem("#/" + field, field, detail)));
		}
		return problem;
	}

}
