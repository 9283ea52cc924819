package io.github.rootcause.sample;

import io.github.rootcause.testing.OnDatabase;
import io.github.rootcause.testing.TestDatabase;
import org.junit.jupiter.api.Test;

@OnDatabase(TestDatabase.POSTGRESQL)
class GameApiPostgresqlTest extends GameApiTest {

	@Test
	void overlappingArenaBookingsAnswer409FromTheExclusionConstraint() {
		long knight = create("Gareth", "beaumains", "kitchen-work", 66);
		Http.Response first = this.http.post("/arena/bookings", """
				{"characterId": %d, "startsAt": "2026-06-01T10:00:00", "endsAt": "2026-06-01T12:00:00"}
				""".formatted(knight));
		assertCreated(first);
		assertJson(first.body(), """
				{"id": %d, "characterId": %d, "startsAt": "2026-06-01T10:00:00", "endsAt": "2026-06-01T12:00:00"}
				""".formatted(id(first), knight));
		Http.Response overlap = this.http.post("/arena/bookings", """
				{"characterId": %d, "startsAt": "2026-06-01T11:00:00", "endsAt": "2026-06-01T13:00:00"}
				""".formatted(knight));
		assertProblem(overlap, 409, """
				{"type": "urn:rootcause:problem:exclusion", "title": "Conflict", "status": 409,
				 "detail": "the arena is already booked for part of this time", "instance": "/arena/bookings",
				 "kind": "exclusion", "constraint": "ex_arena_booking_overlap",
				 "errors": [{"pointer": "#/startsAt", "field": "startsAt", "code": "exclusion",
				             "detail": "the arena is already booked for part of this time"},
				            {"pointer": "#/endsAt", "field": "endsAt", "code": "exclusion",
				             "detail": "the arena is already booked for part of this time"}]}
				""");
		assertCreated(this.http.post("/arena/bookings", """
				{"characterId": %d, "startsAt": "2026-06-01T12:00:00", "endsAt": "2026-06-01T13:00:00"}
				""".formatted(knight)));
	}

}
