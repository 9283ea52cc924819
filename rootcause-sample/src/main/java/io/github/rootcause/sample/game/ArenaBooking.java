package io.github.rootcause.sample.game;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A character's booking of the arena, which hosts one booking at a time. Its constraints:
 * {@code fk_arena_booking_character} (the character exists), {@code ck_arena_booking_period} (it ends after it
 * starts) and, on PostgreSQL, the exclusion constraint {@code ex_arena_booking_overlap} (no two bookings overlap).
 */
@Entity
class ArenaBooking {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long characterId;

	private LocalDateTime startsAt;

	private LocalDateTime endsAt;

	protected ArenaBooking() {
	}

	ArenaBooking(Long characterId, LocalDateTime startsAt, LocalDateTime endsAt) {
		this.characterId = characterId;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	Long getId() {
		return this.id;
	}

	Long getCharacterId() {
		return this.characterId;
	}

	LocalDateTime getStartsAt() {
		return this.startsAt;
	}

	LocalDateTime getEndsAt() {
		return this.endsAt;
	}

}
