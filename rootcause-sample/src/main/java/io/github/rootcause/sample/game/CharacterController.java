package io.github.rootcause.sample.game;

import java.net.URI;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The game's API. Violations are answered by the handler methods in {@link CharacterProblems} and by the
 * messages under {@code rootcause.constraints} in {@code application.yml}.
 */
@RestController
@Tag(name = "game")
class CharacterController {

	private final CharacterRepository characters;

	CharacterController(CharacterRepository characters) {
		this.characters = characters;
	}

	record NewCharacter(String name, String nickname, String specialSkill, Integer skillLevel, Boolean active,
			Long mentorId) {
	}

	record CharacterView(Long id, String name, String nickname, String specialSkill, Integer skillLevel,
			boolean active, Long mentorId) {

		static CharacterView of(GameCharacter character) {
			return new CharacterView(character.getId(), character.getName(), character.getNickname(),
					character.getSpecialSkill(), character.getSkillLevel(), character.isActive(),
					character.getMentorId());
		}

	}

	@PostMapping("/characters")
	@Operation(summary = "Creates a character")
	@ApiResponse(responseCode = "201", description = "The character was created")
	@ApiResponse(responseCode = "404", description = "The mentor does not exist (fk_character_mentor)")
	@ApiResponse(responseCode = "409",
			description = "The name (any case), the nickname, or the special skill of an active character is taken")
	@ApiResponse(responseCode = "422",
			description = "The skill level is not between 60 and 100 (ck_character_skill_level), or a field is missing")
	ResponseEntity<CharacterView> create(@RequestBody NewCharacter request) {
		boolean active = (request.active() == null) || request.active();
		GameCharacter character = this.characters.saveAndFlush(new GameCharacter(request.name(), request.nickname(),
				request.specialSkill(), request.skillLevel(), active, request.mentorId()));
		return ResponseEntity.created(URI.create("/characters/" + character.getId()))
			.body(CharacterView.of(character));
	}

	@GetMapping("/characters/{id}")
	@Operation(summary = "Reads a character")
	@ApiResponse(responseCode = "200", description = "The character")
	@ApiResponse(responseCode = "404", description = "No such character", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	CharacterView character(@PathVariable Long id) {
		return CharacterView.of(find(id));
	}

	@PostMapping("/characters/{id}/retirement")
	@Operation(summary = "Retires a character, which frees its special skill")
	@ApiResponse(responseCode = "200", description = "The retired character")
	@ApiResponse(responseCode = "404", description = "No such character")
	CharacterView retire(@PathVariable Long id) {
		return change(id, GameCharacter::retire);
	}

	@PostMapping("/characters/{id}/return")
	@Operation(summary = "Brings a retired character back")
	@ApiResponse(responseCode = "200", description = "The active character")
	@ApiResponse(responseCode = "404", description = "No such character")
	@ApiResponse(responseCode = "409",
			description = "An active character has the same special skill (uq_character_active_skill)")
	CharacterView comeBack(@PathVariable Long id) {
		return change(id, GameCharacter::activate);
	}

	@DeleteMapping("/characters/{id}")
	@Operation(summary = "Deletes a character who mentors no one")
	@ApiResponse(responseCode = "204", description = "The character is gone (or never was)")
	@ApiResponse(responseCode = "409", description = "The character still mentors others (fk_character_mentor)")
	ResponseEntity<Void> delete(@PathVariable Long id) {
		this.characters.deleteById(id);
		return ResponseEntity.noContent().build();
	}

	private CharacterView change(Long id, Consumer<GameCharacter> change) {
		GameCharacter character = find(id);
		change.accept(character);
		return CharacterView.of(this.characters.saveAndFlush(character));
	}

	private GameCharacter find(Long id) {
		return this.characters.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No character with id " + id));
	}

}
