package io.github.rootcause.sample.game;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A character of the game. Its constraints, all named in the migrations:
 * <ul>
 * <li>{@code uq_character_name_ci}: the name is unique whatever its case (an expression index on PostgreSQL, a
 * generated column elsewhere);</li>
 * <li>{@code uq_character_nickname}: the nickname is unique;</li>
 * <li>{@code uq_character_active_skill}: the special skill is unique among active characters (a partial index on
 * PostgreSQL, a generated column elsewhere);</li>
 * <li>{@code ck_character_skill_level}: the skill level lies between 60 and 100;</li>
 * <li>{@code fk_character_mentor}: the mentor, when there is one, is another character.</li>
 * </ul>
 */
@Entity
@Table(name = "game_character")
class GameCharacter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String nickname;

	private String specialSkill;

	private Integer skillLevel;

	private boolean active;

	private Long mentorId;

	protected GameCharacter() {
	}

	GameCharacter(String name, String nickname, String specialSkill, Integer skillLevel, boolean active,
			Long mentorId) {
		this.name = name;
		this.nickname = nickname;
		this.specialSkill = specialSkill;
		this.skillLevel = skillLevel;
		this.active = active;
		this.mentorId = mentorId;
	}

	void retire() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getNickname() {
		return this.nickname;
	}

	String getSpecialSkill() {
		return this.specialSkill;
	}

	Integer getSkillLevel() {
		return this.skillLevel;
	}

	boolean isActive() {
		return this.active;
	}

	Long getMentorId() {
		return this.mentorId;
	}

}
