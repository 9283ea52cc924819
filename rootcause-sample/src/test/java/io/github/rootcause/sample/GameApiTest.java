package io.github.rootcause.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The game's cases, end to end over HTTP; one subclass per database. Some violations are answered by the
 * sample's own handler methods, the others by rootcause's problem with messages from {@code application.yml}.
 */
abstract class GameApiTest extends SampleTest {

	private static final String SKILL_TAKEN = "an active character already has this special skill";

	@Test
	void nameInAnotherCaseAnswers409FromTheOnUniqueViolationHandler() {
		create("Merlin", "wizard", "fireball", 90);
		Http.Response response = this.http.post("/characters", character("MERLIN", "old-one", "frostbolt", 80));
		assertProblem(response, 409, """
				{"type": "https://rootcause.example/game/problems/name-taken", "title": "Name taken", "status": 409,
				 "detail": "Another character already has this name; names are compared without regard to case.",
				 "instance": "/characters",
				 "errors": [{"pointer": "#/name", "field": "name", "detail":
				             "Another character already has this name; names are compared without regard to case."}]}
				""");
	}

	@Test
	void duplicateNicknameAnswers409WithTheMessageFromApplicationYml() {
		create("Morgana", "enchantress", "charm", 85);
		Http.Response response = this.http.post("/characters", character("Vivien", "enchantress", "water", 70));
		assertViolation(response, "unique", "uq_character_nickname", "nickname", "this nickname is taken",
				"/characters");
	}

	@Test
	void specialSkillIsUniqueAmongActiveCharactersOnly() {
		long lancelot = create("Lancelot", "first-knight", "swordplay", 95);
		Http.Response taken = this.http.post("/characters", character("Gawain", "green-knight", "swordplay", 88));
		assertViolation(taken, "unique", "uq_character_active_skill", "specialSkill", SKILL_TAKEN, "/characters");
		assertCreated(this.http.post("/characters", """
				{"name": "Percival", "nickname": "pure-one", "specialSkill": "swordplay", "skillLevel": 75,
				 "active": false}
				"""));
		assertThat(this.http.post("/characters/" + lancelot + "/retirement", "").status()).isEqualTo(200);
		long gawain = create("Gawain", "green-knight", "swordplay", 88);
		assertThat(gawain).isPositive();
		Http.Response back = this.http.post("/characters/" + lancelot + "/return", "");
		assertViolation(back, "unique", "uq_character_active_skill", "specialSkill", SKILL_TAKEN,
				"/characters/" + lancelot + "/return");
	}

	@Test
	void skillLevelOutside60To100Answers422FromTheOnCheckViolationHandler() {
		for (int level : new int[] { 59, 101 }) {
			Http.Response response = this.http.post("/characters",
					character("Squire" + level, "squire-" + level, "polishing-" + level, level));
			assertProblem(response, 422, """
					{"type": "https://rootcause.example/game/problems/skill-level", "title": "Skill level out of range",
					 "status": 422, "detail": "A skill level lies between 60 and 100.", "instance": "/characters",
					 "errors": [{"pointer": "#/skillLevel", "field": "skillLevel",
					             "detail": "A skill level lies between 60 and 100."}]}
					""");
		}
		create("Kay", "seneschal", "stewardship", 60);
		create("Bedivere", "last-knight", "loyalty", 100);
	}

	@Test
	void missingMentorAnswers404FromTheOnForeignKeyViolationHandler() {
		Http.Response response = this.http.post("/characters", """
				{"name": "Arthur", "nickname": "once-king", "specialSkill": "leadership", "skillLevel": 99,
				 "mentorId": 999999}
				""");
		assertProblem(response, 404, """
				{"type": "https://rootcause.example/game/problems/no-such-mentor", "title": "No such mentor",
				 "status": 404, "detail": "The mentor must be an existing character.", "instance": "/characters",
				 "errors": [{"pointer": "#/mentorId", "field": "mentorId",
				             "detail": "The mentor must be an existing character."}]}
				""");
	}

	@Test
	void deletingAMentorWhoStillMentorsAnswers409FromTheOnForeignKeyViolationHandler() {
		long mentor = create("Ector", "foster-father", "fostering", 70);
		Http.Response pupil = this.http.post("/characters", """
				{"name": "Tristan", "nickname": "harper", "specialSkill": "harp", "skillLevel": 82, "mentorId": %d}
				""".formatted(mentor));
		assertCreated(pupil);
		assertJson(pupil.body(), """
				{"id": %d, "name": "Tristan", "nickname": "harper", "specialSkill": "harp", "skillLevel": 82,
				 "active": true, "mentorId": %d}
				""".formatted(id(pupil), mentor));
		assertProblem(this.http.delete("/characters/" + mentor), 409, """
				{"type": "https://rootcause.example/game/problems/still-mentoring", "title": "Still mentoring",
				 "status": 409, "detail": "This character still mentors others; delete them first.",
				 "instance": "/characters/%d"}
				""".formatted(mentor));
		assertThat(this.http.delete("/characters/" + id(pupil)).status()).isEqualTo(204);
		assertThat(this.http.delete("/characters/" + mentor).status()).isEqualTo(204);
	}

	@Test
	void characterWithoutNameAnswers422() {
		Http.Response response = this.http.post("/characters", """
				{"nickname": "nobody", "specialSkill": "hiding", "skillLevel": 65}
				""");
		assertMissingValue(response, "name", "/characters");
	}

	@Test
	void arenaBookingThatEndsBeforeItStartsAnswers422() {
		long knight = create("Galahad", "pure-knight", "questing", 97);
		Http.Response response = this.http.post("/arena/bookings", """
				{"characterId": %d, "startsAt": "2026-06-01T12:00:00", "endsAt": "2026-06-01T10:00:00"}
				""".formatted(knight));
		assertViolation(response, "check", "ck_arena_booking_period", "endsAt", "a booking ends after it starts",
				"/arena/bookings");
	}

	protected long create(String name, String nickname, String skill, int level) {
		Http.Response response = this.http.post("/characters", character(name, nickname, skill, level));
		assertCreated(response);
		return id(response);
	}

	private static String character(String name, String nickname, String skill, int level) {
		return """
				{"name": "%s", "nickname": "%s", "specialSkill": "%s", "skillLevel": %d}
				""".formatted(name, nickname, skill, level);
	}

}
