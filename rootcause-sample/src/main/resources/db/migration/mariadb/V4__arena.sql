-- The arena: one booking at a time. MariaDB has no exclusion constraints, so here overlapping bookings are
-- accepted; on PostgreSQL the exclusion constraint ex_arena_booking_overlap rejects them.

create table arena_booking (
	id bigint auto_increment,
	character_id bigint not null,
	starts_at timestamp not null,
	ends_at timestamp not null,
	constraint pk_arena_booking primary key (id),
	constraint fk_arena_booking_character foreign key (character_id) references game_character (id),
	constraint ck_arena_booking_period check (ends_at > starts_at)
);
