package io.github.rootcause.spring.naming;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.github.rootcause.spring.web.EntityField;

/** Writes through the repositories; handles no exception. */
@RestController
class LeagueController {

	private final Clubs clubs;

	private final Players players;

	LeagueController(Clubs clubs, Players players) {
		this.clubs = clubs;
		this.players = players;
	}

	@PostMapping("/players")
	@ResponseStatus(HttpStatus.CREATED)
	void join(@RequestBody PlayerForm form) {
		Player player = new Player();
		player.email = form.email();
		player.nickname = form.nickname();
		player.name = form.name();
		player.age = form.age();
		player.club = (form.clubId() != null) ? this.clubs.getReferenceById(form.clubId()) : null;
		this.players.saveAndFlush(player);
	}

	@DeleteMapping("/clubs/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void dissolve(@PathVariable long id) {
		this.clubs.deleteById(id);
		this.clubs.flush();
	}

	/** What a client sends for a new player. */
	record PlayerForm(String email, String nickname, String name, Integer age, @EntityField("club") Long clubId) {
	}

}
