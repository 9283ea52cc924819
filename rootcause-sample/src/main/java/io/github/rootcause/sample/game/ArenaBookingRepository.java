package io.github.rootcause.sample.game;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArenaBookingRepository extends JpaRepository<ArenaBooking, Long> {

}
