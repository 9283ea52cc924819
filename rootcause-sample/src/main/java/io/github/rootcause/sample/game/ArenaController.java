package io.github.rootcause.sample.game;

import java.net.URI;
import java.time.LocalDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bookings of the arena. On PostgreSQL an exclusion constraint keeps bookings from overlapping, and rootcause
 * answers an overlap with a 409.
 */
@RestController
@Tag(name = "game")
class ArenaController {

	private final ArenaBookingRepository bookings;

	ArenaController(ArenaBookingRepository bookings) {
		this.bookings = bookings;
	}

	record NewBooking(Long characterId, LocalDateTime startsAt, LocalDateTime endsAt) {
	}

	record BookingView(Long id, Long characterId, LocalDateTime startsAt, LocalDateTime endsAt) {

		static BookingView of(ArenaBooking booking) {
			return new BookingView(booking.getId(), booking.getCharacterId(), booking.getStartsAt(),
					booking.getEndsAt());
		}

	}

	@PostMapping("/arena/bookings")
	@Operation(summary = "Books the arena for a character")
	@ApiResponse(responseCode = "201", description = "The arena is booked")
	@ApiResponse(responseCode = "404", description = "No such character (fk_arena_booking_character)")
	@ApiResponse(responseCode = "409",
			description = "The arena is booked for part of that time (ex_arena_booking_overlap, PostgreSQL only)")
	@ApiResponse(responseCode = "422",
			description = "The booking ends before it starts (ck_arena_booking_period), or a field is missing")
	ResponseEntity<BookingView> book(@RequestBody NewBooking request) {
		ArenaBooking booking = this.bookings
			.saveAndFlush(new ArenaBooking(request.characterId(), request.startsAt(), request.endsAt()));
		return ResponseEntity.created(URI.create("/arena/bookings/" + booking.getId())).body(BookingView.of(booking));
	}

}
